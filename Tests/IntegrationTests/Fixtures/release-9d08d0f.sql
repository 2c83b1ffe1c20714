-- A database as the released rfm-nightly (9d08d0f, before migration 060) left it: `pg_dump --inserts`
-- after `migrate`, scripts/bench-fleet-data.sql with last_day=2026-05-31, merchants=12,
-- customers=30 (fleet-000003 renamed 'Café Ünïcode'), `run --as-of 2026-06-01`, `run --as-of
-- 2026-06-02`, `backfill --from 2026-05-29 --to 2026-05-30`. purchase_events' rows are left out
-- (the same script makes them again). Twelve merchants, twelve customer_ltv partitions: what
-- migration 070 turns into one shared partition (FleetLayoutMigrationTests).
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: rfm_create_partition_once(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rfm_create_partition_once(name text, ddl text) RETURNS text
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF to_regclass(quote_ident(name)) IS NULL THEN
        BEGIN
            EXECUTE ddl;
        EXCEPTION WHEN duplicate_table THEN
            NULL;
        END;
    END IF;
    RETURN name;
END
$$;


--
-- Name: rfm_ensure_current_partition(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rfm_ensure_current_partition(merchant text) RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    partition_name text := format('customer_ltv_%s_%s',
        left(trim(BOTH '_' FROM regexp_replace(lower(merchant), '[^a-z0-9]+', '_', 'g')), 32),
        left(md5(merchant), 12));
BEGIN
    RETURN rfm_create_partition_once(partition_name,
        format('CREATE TABLE %I PARTITION OF customer_ltv FOR VALUES IN (%L)', partition_name, merchant));
END
$$;


--
-- Name: rfm_ensure_history_partition(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rfm_ensure_history_partition(day date) RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    month_name text := format('customer_ltv_history_%s', to_char(day, 'YYYY_MM'));
    day_name text := format('customer_ltv_history_%s', to_char(day, 'YYYY_MM_DD'));
BEGIN
    IF to_regclass(month_name) IS NOT NULL THEN
        RETURN month_name;
    END IF;
    RETURN rfm_create_partition_once(day_name,
        format('CREATE TABLE %I PARTITION OF customer_ltv_history FOR VALUES FROM (%L) TO (%L)', day_name, day, day + 1));
END
$$;


SET default_tablespace = '';

--
-- Name: customer_ltv; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
)
PARTITION BY LIST (merchant_id);


SET default_table_access_method = heap;

--
-- Name: customer_ltv_caf_n_code_b6b8a7c39884; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_caf_n_code_b6b8a7c39884 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000001_d85dc2807531; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000001_d85dc2807531 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000002_a4cac62859ae; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000002_a4cac62859ae (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000004_38c162c5d749; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000004_38c162c5d749 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000005_6a324774143e; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000005_6a324774143e (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000006_200cdf516954; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000006_200cdf516954 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000007_6affc0981771; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000007_6affc0981771 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000008_6042abc9709f; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000008_6042abc9709f (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000009_8ad7255378c8; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000009_8ad7255378c8 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000010_38cf418ec6ff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000010_38cf418ec6ff (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000011_2d773b7f7a02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000011_2d773b7f7a02 (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_fleet_000012_04a5e028c8cf; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_fleet_000012_04a5e028c8cf (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    email_sha256 text,
    as_of date NOT NULL,
    recency_days integer NOT NULL,
    frequency integer NOT NULL,
    monetary numeric(16,2) NOT NULL,
    tenure_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    first_purchase_at timestamp with time zone NOT NULL,
    last_purchase_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_history (
    id bigint NOT NULL,
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    snapshot_date date NOT NULL,
    snapshot_at timestamp with time zone NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    monetary numeric(16,2) NOT NULL,
    frequency integer NOT NULL,
    recency_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
)
PARTITION BY RANGE (snapshot_date);


--
-- Name: customer_ltv_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.customer_ltv_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1000;


--
-- Name: customer_ltv_history_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.customer_ltv_history_id_seq OWNED BY public.customer_ltv_history.id;


--
-- Name: customer_ltv_history_2026_05_29; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_history_2026_05_29 (
    id bigint DEFAULT nextval('public.customer_ltv_history_id_seq'::regclass) NOT NULL,
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    snapshot_date date NOT NULL,
    snapshot_at timestamp with time zone NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    monetary numeric(16,2) NOT NULL,
    frequency integer NOT NULL,
    recency_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_history_2026_05_30; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_history_2026_05_30 (
    id bigint DEFAULT nextval('public.customer_ltv_history_id_seq'::regclass) NOT NULL,
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    snapshot_date date NOT NULL,
    snapshot_at timestamp with time zone NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    monetary numeric(16,2) NOT NULL,
    frequency integer NOT NULL,
    recency_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_history_2026_06_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_history_2026_06_01 (
    id bigint DEFAULT nextval('public.customer_ltv_history_id_seq'::regclass) NOT NULL,
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    snapshot_date date NOT NULL,
    snapshot_at timestamp with time zone NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    monetary numeric(16,2) NOT NULL,
    frequency integer NOT NULL,
    recency_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: customer_ltv_history_2026_06_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_ltv_history_2026_06_02 (
    id bigint DEFAULT nextval('public.customer_ltv_history_id_seq'::regclass) NOT NULL,
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    user_key text NOT NULL COLLATE pg_catalog."C",
    snapshot_date date NOT NULL,
    snapshot_at timestamp with time zone NOT NULL,
    rfm_score smallint NOT NULL,
    segment text NOT NULL,
    predictive_ltv numeric(16,2) NOT NULL,
    monetary numeric(16,2) NOT NULL,
    frequency integer NOT NULL,
    recency_days integer NOT NULL,
    r_score smallint NOT NULL,
    f_score smallint NOT NULL,
    m_score smallint NOT NULL,
    run_id bigint NOT NULL,
    expected_purchases double precision,
    probability_alive double precision,
    model_ltv numeric(16,2),
    churn_risk text
);


--
-- Name: fx_rates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fx_rates (
    currency text NOT NULL,
    usd_rate numeric(12,6) NOT NULL,
    CONSTRAINT fx_rates_usd_rate_check CHECK ((usd_rate > (0)::numeric))
);


--
-- Name: purchase_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.purchase_events (
    merchant_id text NOT NULL,
    event_id text NOT NULL,
    user_key text NOT NULL,
    email text,
    occurred_at timestamp with time zone NOT NULL,
    amount numeric(14,2) NOT NULL,
    currency text NOT NULL,
    kind text NOT NULL
);


--
-- Name: rfm_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rfm_runs (
    id bigint NOT NULL,
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    as_of date NOT NULL,
    mode text NOT NULL,
    source text NOT NULL,
    settings jsonb NOT NULL,
    status text NOT NULL,
    started_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    finished_at timestamp with time zone,
    host text,
    pid integer,
    rows_read bigint,
    rows_skipped bigint,
    skipped_by_reason jsonb,
    duplicates_ignored bigint,
    unknown_currency_rows bigint,
    unknown_currencies text[],
    customers_scored integer,
    segment_counts jsonb,
    wrote_history boolean DEFAULT false NOT NULL,
    wrote_current boolean DEFAULT false NOT NULL,
    error text,
    error_sqlstate text,
    rows_after_cutoff bigint,
    settings_hash text,
    excluded_rows bigint,
    excluded_customers integer,
    clv_model jsonb,
    CONSTRAINT rfm_runs_mode_check CHECK ((mode = ANY (ARRAY['run'::text, 'backfill'::text]))),
    CONSTRAINT rfm_runs_status_check CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'failed'::text, 'abandoned'::text])))
);


--
-- Name: COLUMN rfm_runs.settings; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.rfm_runs.settings IS 'effective settings of the run: configuration after overrides, scheme rules, FX rates used';


--
-- Name: COLUMN rfm_runs.settings_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.rfm_runs.settings_hash IS 'lowercase hex SHA-256 of the canonical JSON of settings (sorted keys, decimals as strings)';


--
-- Name: rfm_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.rfm_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rfm_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.rfm_runs_id_seq OWNED BY public.rfm_runs.id;


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: segment_transitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.segment_transitions (
    merchant_id text NOT NULL COLLATE pg_catalog."C",
    as_of date NOT NULL,
    user_key text NOT NULL COLLATE pg_catalog."C",
    from_segment text,
    to_segment text,
    previous_as_of date NOT NULL,
    run_id bigint NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT segment_transitions_check CHECK ((previous_as_of < as_of)),
    CONSTRAINT segment_transitions_check1 CHECK ((from_segment IS DISTINCT FROM to_segment))
);


--
-- Name: customer_ltv_caf_n_code_b6b8a7c39884; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_caf_n_code_b6b8a7c39884 FOR VALUES IN ('Café Ünïcode');


--
-- Name: customer_ltv_fleet_000001_d85dc2807531; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000001_d85dc2807531 FOR VALUES IN ('fleet-000001');


--
-- Name: customer_ltv_fleet_000002_a4cac62859ae; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000002_a4cac62859ae FOR VALUES IN ('fleet-000002');


--
-- Name: customer_ltv_fleet_000004_38c162c5d749; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000004_38c162c5d749 FOR VALUES IN ('fleet-000004');


--
-- Name: customer_ltv_fleet_000005_6a324774143e; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000005_6a324774143e FOR VALUES IN ('fleet-000005');


--
-- Name: customer_ltv_fleet_000006_200cdf516954; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000006_200cdf516954 FOR VALUES IN ('fleet-000006');


--
-- Name: customer_ltv_fleet_000007_6affc0981771; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000007_6affc0981771 FOR VALUES IN ('fleet-000007');


--
-- Name: customer_ltv_fleet_000008_6042abc9709f; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000008_6042abc9709f FOR VALUES IN ('fleet-000008');


--
-- Name: customer_ltv_fleet_000009_8ad7255378c8; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000009_8ad7255378c8 FOR VALUES IN ('fleet-000009');


--
-- Name: customer_ltv_fleet_000010_38cf418ec6ff; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000010_38cf418ec6ff FOR VALUES IN ('fleet-000010');


--
-- Name: customer_ltv_fleet_000011_2d773b7f7a02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000011_2d773b7f7a02 FOR VALUES IN ('fleet-000011');


--
-- Name: customer_ltv_fleet_000012_04a5e028c8cf; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv ATTACH PARTITION public.customer_ltv_fleet_000012_04a5e028c8cf FOR VALUES IN ('fleet-000012');


--
-- Name: customer_ltv_history_2026_05_29; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history ATTACH PARTITION public.customer_ltv_history_2026_05_29 FOR VALUES FROM ('2026-05-29') TO ('2026-05-30');


--
-- Name: customer_ltv_history_2026_05_30; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history ATTACH PARTITION public.customer_ltv_history_2026_05_30 FOR VALUES FROM ('2026-05-30') TO ('2026-05-31');


--
-- Name: customer_ltv_history_2026_06_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history ATTACH PARTITION public.customer_ltv_history_2026_06_01 FOR VALUES FROM ('2026-06-01') TO ('2026-06-02');


--
-- Name: customer_ltv_history_2026_06_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history ATTACH PARTITION public.customer_ltv_history_2026_06_02 FOR VALUES FROM ('2026-06-02') TO ('2026-06-03');


--
-- Name: customer_ltv_history id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history ALTER COLUMN id SET DEFAULT nextval('public.customer_ltv_history_id_seq'::regclass);


--
-- Name: rfm_runs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rfm_runs ALTER COLUMN id SET DEFAULT nextval('public.rfm_runs_id_seq'::regclass);


--
-- Data for Name: customer_ltv_caf_n_code_b6b8a7c39884; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_caf_n_code_b6b8a7c39884 VALUES
	('Café Ünïcode', 'cus_06133d9073ef', 'e9645c1ddf368a8adbc771229c64cd942c55dd2fe615d6d79272c1d608510729', '2026-06-02', 173, 2, 200.06, 473, 2, 4, 3, 61, 'loyal', 128.17, '2025-02-14 10:45:12+00', '2025-12-11 09:42:26+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_0dfa50bc7dbf', 'f4dda2ef834fec72e283c171f8ec5ccd605616abd767309cb07e5a2cc7cd6179', '2026-06-02', 111, 3, 247.20, 673, 3, 5, 4, 81, 'champion', 173.80, '2024-07-29 23:58:37+00', '2026-02-11 15:21:30+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_14ebcf7db029', 'e242dc5bc9995da0daa8adceb527a7924a0af17fcedadad6bc731fb6a55ef5b2', '2026-06-02', 60, 2, 165.02, 589, 4, 4, 3, 75, 'loyal', 126.59, '2024-10-21 06:33:44+00', '2026-04-03 07:06:57+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_196f2739157a', '1adf34a41b2866c46542375485740cd35ab9bb989f1d23a0f5eeb6db62d48ef6', '2026-06-02', 12, 2, 265.32, 660, 5, 4, 5, 92, 'champion', 220.94, '2024-08-11 19:08:37+00', '2026-05-21 07:13:39+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_1eea22a4b901', '13006e0afb5ec5948f6373bc5b5834bfbfd784af392b47e661ab6c95ca1c8a99', '2026-06-02', 82, 4, 605.21, 200, 3, 5, 5, 86, 'champion', 476.94, '2025-11-14 21:11:52+00', '2026-03-12 18:17:07+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_2d28ffbc2a04', '0bd31074b124800d25a2d82ab6fc471a0a26ba9bc75123592f773b1583a7f440', '2026-06-02', 189, 3, 248.12, 518, 2, 5, 4, 74, 'loyal', 153.32, '2024-12-31 20:39:11+00', '2025-11-25 08:41:00+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_32421d7d151e', '664eec573856c9668fc3daac761ac04589a904d671c66c30386a4d806084ca07', '2026-06-02', 185, 2, 128.26, 489, 2, 4, 2, 56, 'at_risk', 80.25, '2025-01-29 22:27:53+00', '2025-11-29 18:50:46+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_595c31a03e2b', NULL, '2026-06-02', 311, 1, 9.97, 625, 1, 2, 1, 28, 'lost', 4.98, '2024-09-15 10:57:49+00', '2025-07-26 21:41:07+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_5e52db6af860', '0b171d2c2ea563eb0e97f6e6ac1713c3a135269b83576316a37bef5689b0fefc', '2026-06-02', 59, 2, 51.83, 724, 4, 4, 1, 65, 'loyal', 39.83, '2024-06-08 13:24:52+00', '2026-04-04 23:42:40+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_67bc486bf422', '2ddf53f05e5d68e7531e6d132c9fdaa82b3a0a809d77e63c872c1c78426d151a', '2026-06-02', 60, 2, 278.68, 710, 4, 4, 5, 85, 'champion', 213.78, '2024-06-22 10:18:01+00', '2026-04-03 00:01:05+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_68519c6d37a3', NULL, '2026-06-02', 228, 3, 0.00, 718, 1, 5, 1, 52, 'at_risk', 0.00, '2024-06-14 00:26:17+00', '2025-10-17 22:58:58+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_786630c0dba5', NULL, '2026-06-02', 145, 1, 82.15, 711, 2, 2, 2, 40, 'lost', 54.50, '2024-06-21 01:47:52+00', '2026-01-08 16:49:39+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_8407d81e85db', NULL, '2026-06-02', 352, 1, 67.84, 352, 1, 2, 2, 33, 'lost', 32.75, '2025-06-15 07:03:24+00', '2025-06-15 07:03:24+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_855f8e3b95a3', '8eb1932ab281913784f696cac13f08d6ce0a41b4f97028c543a6a0fa00bc3e36', '2026-06-02', 119, 3, 133.87, 676, 3, 5, 3, 76, 'loyal', 92.84, '2024-07-26 10:41:13+00', '2026-02-03 08:32:16+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_a0295af9952c', '5d86297a0c191fbead1d2147a77bf95482ef5b59c1612adf4636a112dbae1c78', '2026-06-02', 27, 4, 322.92, 657, 5, 5, 5, 100, 'champion', 262.10, '2024-08-14 03:44:20+00', '2026-05-06 20:42:25+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_a0a13454876e', 'af8e36574fa117e681adf05a92c6e1d5c13113a0e1e97c30d0f97c7cf46147e1', '2026-06-02', 134, 2, 163.28, 724, 3, 4, 3, 68, 'loyal', 110.37, '2024-06-08 05:03:41+00', '2026-01-19 15:18:52+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_b284a31aa05a', '3c94759dc33f735a1826df6a622a50c2b7ee448b74e40e5718cb9b47bd3b067f', '2026-06-02', 189, 2, 62.23, 722, 2, 4, 2, 56, 'at_risk', 38.29, '2024-06-10 19:13:46+00', '2025-11-25 17:22:31+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_b33a1ce468b6', '1c08b02ead7e37dcd01375867d905388bef528f51c68ffea754df60e5b30be07', '2026-06-02', 58, 3, 323.03, 666, 4, 5, 5, 93, 'champion', 248.65, '2024-08-05 17:55:13+00', '2026-04-05 04:17:58+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_b47b1cae4902', 'fdacbd21cfa448537acdede66a74e56996955b5f33af9fa56085d43351aab4af', '2026-06-02', 21, 1, 13.05, 623, 5, 2, 1, 56, 'at_risk', 10.70, '2024-09-17 15:34:09+00', '2026-05-12 02:17:30+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_bb4344b3a280', NULL, '2026-06-02', 11, 4, 252.30, 606, 5, 5, 4, 95, 'champion', 210.46, '2024-10-04 11:31:07+00', '2026-05-22 17:59:37+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_c452353e338a', '2fa92e317ac0d88a60a4ca13231836186ad5f798b99ca947a6ddc71614b57708', '2026-06-02', 2, 2, 200.36, 667, 5, 4, 4, 87, 'champion', 169.72, '2024-08-04 03:50:49+00', '2026-05-31 03:03:52+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_c9788b6cd254', '810c0a202fc0d465bef8f3eb50fed3d5cc158a8a36afd039be9058eea8686c95', '2026-06-02', 192, 1, 133.94, 495, 1, 2, 3, 38, 'lost', 82.71, '2025-01-23 19:31:25+00', '2025-11-22 13:40:16+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_cef2aefe9f62', 'd596b2307e340e454657e722f5505e120f5c8ec9204f3b5c048823b46512beb7', '2026-06-02', 68, 2, 235.05, 718, 4, 4, 4, 80, 'loyal', 177.86, '2024-06-14 21:36:10+00', '2026-03-26 04:22:13+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_d70c72dc7314', '165bec687dbfd7f96f7819a30c51a43dbba8b1289f0507a07ca1123d8381783a', '2026-06-02', 120, 1, 11.60, 726, 3, 2, 1, 42, 'at_risk', 8.03, '2024-06-06 21:11:55+00', '2026-02-02 00:06:49+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_d76432d548dd', 'ac2f6f0b85491c00a11a0e95107afbef49f1151688f1d67f6f6c03bcf8f9543c', '2026-06-02', 26, 4, 98.18, 730, 5, 5, 2, 85, 'champion', 79.82, '2024-06-02 17:20:45+00', '2026-05-07 00:19:11+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL),
	('Café Ünïcode', 'cus_f0933e27ad22', NULL, '2026-06-02', 248, 3, 359.77, 692, 1, 5, 5, 72, 'loyal', 200.12, '2024-07-10 19:32:41+00', '2025-09-27 06:29:20+00', '2026-12-02 20:14:42.404928+00', 17, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000001_d85dc2807531; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000001_d85dc2807531 VALUES
	('fleet-000001', 'cus_0449c860d328', '5f361ccad5a1f919b9d6c8c05affe58bb28b74dbd147bd60976a738eab07cac1', '2026-06-02', 144, 2, 315.91, 319, 2, 3, 5, 63, 'loyal', 219.02, '2025-07-18 00:03:32+00', '2026-01-09 08:17:09+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_0470fb0735a4', 'c4fc1e68c6da10792a7589294433747cd062455b1b957ed643bddba788f2b19b', '2026-06-02', 74, 4, 484.15, 629, 3, 5, 5, 86, 'champion', 362.62, '2024-09-11 13:58:36+00', '2026-03-20 08:05:36+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_12bf2eac2016', '8570b951e528ff8f599d33b2ea54cdab0c1c674f727543337ab5b41a289924c9', '2026-06-02', 175, 1, 6.37, 175, 1, 2, 1, 28, 'lost', 4.30, '2025-12-09 19:04:27+00', '2025-12-09 19:04:27+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_14205a41a5b5', 'd3eb5fba0ba76c2c7b621c13cf92d0a6c103d916fdb39359f4a66226a7e7672b', '2026-06-02', 80, 1, 116.74, 394, 3, 2, 2, 47, 'at_risk', 89.02, '2025-05-04 23:03:43+00', '2026-03-14 11:43:14+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_2776876fd574', 'df7e91d12d056f333c72ed1472496565064f3448ad2a75630284e73838bcabc1', '2026-06-02', 35, 4, 252.17, 693, 5, 5, 4, 95, 'champion', 201.89, '2024-07-09 05:32:19+00', '2026-04-28 06:55:43+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_4b0522b25ede', NULL, '2026-06-02', 27, 3, 117.81, 719, 5, 4, 3, 82, 'champion', 95.62, '2024-06-13 05:29:12+00', '2026-05-06 02:37:51+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_598aedbf5ab1', 'c6f7049975fbecb70533ac5dcf1902fdd3597ba08bf14615643ccc2357b456d4', '2026-06-02', 38, 5, 422.03, 682, 4, 5, 5, 93, 'champion', 336.16, '2024-07-20 01:29:57+00', '2026-04-25 06:02:25+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_5cca38da0d97', '406d9a9db4e42fd5394385f812d2b03925768f8eb3f2ef9f09602c388a34eb0f', '2026-06-02', 122, 2, 160.94, 579, 3, 3, 3, 60, 'at_risk', 111.04, '2024-10-31 00:25:48+00', '2026-01-31 16:32:36+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_5f649e24afcd', '54976d3cdb6e193bd13bc43d964a80cd5cfe09231a3e2640bd3564d5f5ff1526', '2026-06-02', 339, 1, 6.90, 660, 1, 2, 1, 28, 'lost', 3.29, '2024-08-11 16:22:48+00', '2025-06-28 21:53:04+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_6ea8f374b71e', '8d7ff0fb09d3a5e10c442cf86b59095db4161b738a97ee0b2df59a6311fb8159', '2026-06-02', 67, 5, 240.97, 677, 4, 5, 4, 88, 'champion', 182.65, '2024-07-25 02:22:10+00', '2026-03-27 19:36:25+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_796a013cf1fe', 'ef0d7f708712c1eeb3545c2bdfd6d1e7696b7830b0d354ff0c5d7efbd577b9dc', '2026-06-02', 254, 1, 8.18, 692, 1, 2, 1, 28, 'lost', 4.50, '2024-07-10 14:46:49+00', '2025-09-21 12:52:21+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_7ae595e30fda', '4789eb8cf5ade6fac89d28753a2a90164a9d6e80c52a9748f39b3786cb5e847a', '2026-06-02', 31, 3, 252.33, 594, 5, 4, 4, 87, 'champion', 203.41, '2024-10-16 16:51:32+00', '2026-05-02 03:37:24+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_827ee6e21a7f', NULL, '2026-06-02', 149, 2, 135.01, 603, 2, 3, 3, 53, 'at_risk', 88.95, '2024-10-07 16:11:26+00', '2026-01-04 13:55:55+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_9181a848b1f3', '4aff9700bcbf3fa726a1f11903c365f8a0965c4342ae5aef6defc8d247501fb2', '2026-06-02', 175, 1, 30.54, 487, 1, 2, 1, 28, 'lost', 19.45, '2025-01-31 12:49:36+00', '2025-12-09 09:21:54+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_92a95ed86f3b', 'a168012e9837ece45ba2cd2262acb584f60c40bd28aca803863b3cb59f3b223f', '2026-06-02', 149, 1, 71.17, 149, 2, 2, 2, 40, 'lost', 50.48, '2026-01-04 03:54:54+00', '2026-01-04 03:54:54+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_9b9065b3ba2c', '7a333d7c893e59fe4dcd5a79e248f1bee44773479a0640a22d146d81b8eff2a9', '2026-06-02', 91, 5, 473.59, 589, 3, 5, 5, 86, 'champion', 344.55, '2024-10-21 18:29:14+00', '2026-03-03 21:58:01+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_a9857b216786', '8dd55e7e1ab3b46d0d901f3bb11cee313a3719ade62281dcea323954dd1a5a0b', '2026-06-02', 140, 1, 118.22, 612, 2, 2, 3, 45, 'at_risk', 79.10, '2024-09-28 21:54:12+00', '2026-01-13 11:25:47+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_aa58951da4f7', '329edfa18c86428b8b772620766c393d2a9aeb1dad0988d5acb2514a6fca60c1', '2026-06-02', 98, 1, 146.25, 703, 3, 2, 3, 52, 'at_risk', 105.13, '2024-06-29 16:18:23+00', '2026-02-24 18:17:15+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_aee0e4431f15', 'fafec6d6e3fc6d9dc39d6ab7e9f5745ff86184be60e08337cbaab1d2dd90657e', '2026-06-02', 23, 3, 376.71, 609, 5, 4, 5, 92, 'champion', 307.86, '2024-10-01 03:44:47+00', '2026-05-10 09:18:45+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_bb14aaf15a98', NULL, '2026-06-02', 132, 4, 193.54, 707, 2, 5, 3, 69, 'loyal', 131.27, '2024-06-25 09:17:13+00', '2026-01-21 00:32:40+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_d0bd571dc19c', 'd1dc634e23d8a126eb63bcc8cc5de0c7e0b9d903f94c242ae58569cddf1b572e', '2026-06-02', 49, 4, 256.60, 635, 4, 5, 4, 88, 'champion', 200.58, '2024-09-05 20:55:25+00', '2026-04-14 07:35:57+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_d0c8af7c2b3b', '54dee1ba6248f392445389df50ecf89bb8da99146e4c2fb146f0ebfb52640c5e', '2026-06-02', 100, 3, 37.12, 638, 3, 4, 1, 58, 'at_risk', 26.59, '2024-09-02 21:05:57+00', '2026-02-22 05:00:23+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_d82eea4f7eef', '6dd95ca3e0d2a38335707fb3332397758b2ea7c317b3be547ac71b4943755f74', '2026-06-02', 25, 4, 110.75, 626, 5, 5, 2, 85, 'champion', 90.20, '2024-09-14 11:50:34+00', '2026-05-08 09:19:36+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_def474a313bf', '813912cd18a955da99ca9d99854dfa1a441246f44547cfefb90b2c54f4f0e766', '2026-06-02', 50, 3, 90.86, 588, 4, 4, 2, 70, 'loyal', 70.90, '2024-10-22 16:21:13+00', '2026-04-13 20:32:45+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_ebf456887ba5', '4192cb4928016536659210d62b18f7e669eb96e5c418ebe91b03b529d4139eb8', '2026-06-02', 145, 2, 56.52, 426, 2, 3, 2, 48, 'at_risk', 38.33, '2025-04-02 03:04:11+00', '2026-01-08 18:10:00+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_ec9bf698f00b', '4b2fe61d450ed4b4de23d156395e3bd69164dd841eb2c1ae11300475a2313bda', '2026-06-02', 2, 4, 222.23, 248, 5, 5, 4, 95, 'champion', 199.03, '2025-09-27 10:24:00+00', '2026-05-31 01:29:10+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL),
	('fleet-000001', 'cus_f2e804e45e1d', 'beb0d126e2bbfa1caa9624d9506c6ae86cac729cd0d326fb85755415ef2c0ee0', '2026-06-02', 53, 4, 280.43, 579, 4, 5, 5, 93, 'champion', 217.72, '2024-10-31 18:01:25+00', '2026-04-10 17:38:52+00', '2026-12-02 20:14:42.345537+00', 13, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000002_a4cac62859ae; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000002_a4cac62859ae VALUES
	('fleet-000002', 'cus_02892d893636', 'ba7fdf9069546fee7276dac85cc4534df0fa393536d1c0d34e0bd010320fece7', '2026-06-02', 89, 1, 7.03, 678, 4, 2, 1, 49, 'at_risk', 5.13, '2024-07-24 22:45:14+00', '2026-03-05 19:47:29+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_02eaa2934adc', NULL, '2026-06-02', 187, 4, 238.66, 556, 2, 5, 4, 74, 'loyal', 147.35, '2024-11-23 11:57:49+00', '2025-11-27 07:10:19+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_0520a1ab307f', 'd7a93b300b98da1a566995f4a32f0a2e7b2550cbf7eb012aa4fa9c2e5b4b7bd5', '2026-06-02', 254, 3, 412.65, 646, 1, 4, 5, 64, 'loyal', 227.19, '2024-08-25 21:06:17+00', '2025-09-21 15:28:23+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_12a32992180a', 'e69c3103e8a38299e134d1873024f3b646390c34f2437adb529a7b4fcac94caa', '2026-06-02', 298, 1, 23.87, 565, 1, 2, 1, 28, 'lost', 12.19, '2024-11-14 02:30:30+00', '2025-08-08 12:21:40+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_1fcc2b8600d3', 'cb7ef22b4f279866ba01a76a112debe1792d23fce3ae9280a508b00c858ec0a6', '2026-06-02', 46, 1, 176.03, 524, 5, 2, 4, 71, 'loyal', 138.74, '2024-12-25 19:35:05+00', '2026-04-17 03:08:20+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_24477a77686c', 'ff8c2b65a81b7a4152d53a6d5d3c635a06c7a71b7254ca39fc37026c61459500', '2026-06-02', 173, 1, 151.42, 713, 3, 2, 3, 52, 'at_risk', 95.75, '2024-06-19 18:44:07+00', '2025-12-11 10:36:19+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_371c69895ec4', 'ea30dd07d9c7262ae732058767360ca10521978dbfd28b82877d8ef7c39c2642', '2026-06-02', 157, 4, 421.72, 664, 3, 5, 5, 86, 'champion', 274.07, '2024-08-07 18:12:42+00', '2025-12-27 04:24:45+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_399dfb087c69', '1c795dc52482c2a8295c587e6ce385d319536042fee8944e01ec225f9db749c6', '2026-06-02', 170, 1, 131.15, 621, 3, 2, 3, 52, 'at_risk', 83.36, '2024-09-19 02:48:08+00', '2025-12-14 17:50:38+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_3a0dee9db828', 'f861cb57615c8e68171a6c6adefec004ae4e85f51a681b2795e850ab7000384d', '2026-06-02', 56, 1, 27.88, 650, 5, 2, 1, 56, 'at_risk', 21.53, '2024-08-21 23:16:48+00', '2026-04-07 06:21:38+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_4145918b9c8f', 'acde0e827321be8caea1736df38d04236cd84bbd5511cbb69649507c49e025e6', '2026-06-02', 6, 4, 226.99, 692, 5, 5, 4, 95, 'champion', 190.97, '2024-07-10 09:31:09+00', '2026-05-27 06:05:44+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_46ef2a067321', '829fe74680ed5388e5437722f93bf92ac3cde30a04076230f01e832e17c9d44c', '2026-06-02', 111, 1, 169.96, 598, 4, 2, 4, 64, 'loyal', 119.49, '2024-10-12 21:47:49+00', '2026-02-11 09:38:03+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_47a2020d68d5', 'ce183b9c912e457a87c4eb094b3169f06d897734c3aa64e24396b727c387bf61', '2026-06-02', 118, 2, 170.36, 651, 4, 3, 4, 72, 'loyal', 118.35, '2024-08-20 18:11:15+00', '2026-02-04 22:33:13+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_481cd9a1cf31', '72d00c1bef543b144f43bc6e3e116a479d7934c6fce14f9a3fc30f2e514314bf', '2026-06-02', 177, 3, 85.27, 627, 2, 4, 3, 61, 'loyal', 53.55, '2024-09-13 23:26:35+00', '2025-12-07 02:23:18+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_4f9dfb66dc72', '6702f092b6abafae8ab5247a3d75c589a5a47e92ee4f69f903cab89553847752', '2026-06-02', 124, 7, 351.66, 539, 3, 5, 5, 86, 'champion', 241.85, '2024-12-10 12:52:33+00', '2026-01-29 18:28:22+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_5b536866e244', '4626fd0132d24b04cb8128636dbea4db811a21091c96f6249694de06d7f88f66', '2026-06-02', 209, 2, 251.12, 364, 2, 3, 5, 63, 'loyal', 154.47, '2025-06-03 04:44:42+00', '2025-11-05 14:37:11+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_683daa25ce7d', '94c6d70df87429342fa2bfee8c99fb6a5adff756e19d27d8bf25a2a6bc6d6d85', '2026-06-02', 175, 4, 262.80, 679, 2, 5, 5, 79, 'loyal', 165.61, '2024-07-23 13:15:41+00', '2025-12-09 06:27:00+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_6856c65ac57e', '317cb0f97255b817581e74304f162e32183ab80876c616784c6970b526523783', '2026-06-02', 357, 1, 26.00, 357, 1, 2, 1, 28, 'lost', 12.43, '2025-06-10 23:45:29+00', '2025-06-10 23:45:29+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_69429c1bd0e1', '191ef70172bb16679b99174601cc096c52a327ef70ba99c565f8e1ebd7096b60', '2026-06-02', 90, 2, 120.79, 583, 4, 3, 3, 67, 'loyal', 88.03, '2024-10-27 21:58:39+00', '2026-03-04 06:48:22+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_72b772867c73', '129101ff7fd0ee4e66c64dc959161e1588001d0e38cefc3c2f75f9d4c272ae3e', '2026-06-02', 155, 2, 167.72, 197, 3, 3, 3, 60, 'at_risk', 116.73, '2025-11-17 15:48:17+00', '2025-12-29 01:13:16+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_7f31badcdc49', 'd2c295a80849c1d98f8f548b12343e64fe2ece34ee3ed152b304f6c098464f75', '2026-06-02', 72, 3, 55.97, 691, 5, 4, 2, 77, 'loyal', 42.06, '2024-07-11 22:11:22+00', '2026-03-22 05:49:15+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_b481956d3578', '4407cc3c23a213537366071d9d5e672d732b0618dd5cbf30af388c57ac5fce5a', '2026-06-02', 348, 1, 5.06, 589, 1, 2, 1, 28, 'lost', 2.37, '2024-10-21 12:28:47+00', '2025-06-19 02:52:04+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_c604f559ec9c', 'f05423516bcbeb1620593de40e58f95368d04e3a52e4b54de9764200acf49dc9', '2026-06-02', 77, 3, 265.08, 615, 4, 4, 5, 85, 'champion', 197.52, '2024-09-25 05:54:59+00', '2026-03-17 13:28:48+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_e71d90a22a51', '17d994b057c394ac911de6f74ea1a9865ef76574dc6e901269c26782a0bdddb7', '2026-06-02', 333, 1, 68.00, 493, 1, 2, 2, 33, 'lost', 33.01, '2025-01-25 12:41:16+00', '2025-07-04 17:48:18+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_f03b1c4aece2', '13f47d0cd3422e6c9dd5be8b717b4a1e267a19b8baf8d72f2d2105b99f7e6df1', '2026-06-02', 41, 3, 83.10, 340, 5, 4, 2, 77, 'loyal', 68.44, '2025-06-27 22:15:26+00', '2026-04-22 19:02:29+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_f09157dc64f1', '90645d45b033525ae4b0b53484b6f8d49cc4b6e461d6aeb1c7254fbef7ce5d93', '2026-06-02', 11, 5, 62.28, 501, 5, 5, 2, 85, 'champion', 52.35, '2025-01-17 06:39:22+00', '2026-05-22 16:43:57+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL),
	('fleet-000002', 'cus_f6bf949cdb0d', NULL, '2026-06-02', 219, 3, 78.03, 611, 2, 4, 2, 56, 'at_risk', 45.61, '2024-09-29 12:47:47+00', '2025-10-26 09:04:16+00', '2026-12-02 20:14:42.431919+00', 19, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000004_38c162c5d749; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000004_38c162c5d749 VALUES
	('fleet-000004', 'cus_0b7119ffcf81', 'e22080029df51e8a4267314ad6aef10125a09af581cd05364db732ab979fd8a2', '2026-06-02', 343, 1, 9.37, 651, 1, 2, 1, 28, 'lost', 4.43, '2024-08-20 14:17:26+00', '2025-06-24 15:47:38+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_12c820070693', NULL, '2026-06-02', 28, 2, 0.00, 251, 5, 3, 1, 64, 'loyal', 0.00, '2025-09-24 22:22:15+00', '2026-05-05 09:59:30+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_1909fe69a41e', '3c6e13150c63acebf19edb280d5db98ee8350d3064055a8e7b450b712ae447ca', '2026-06-02', 4, 7, 250.78, 707, 5, 5, 4, 95, 'champion', 211.71, '2024-06-25 16:15:46+00', '2026-05-29 10:57:07+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_2c3aca6177a9', 'f5f28fd302f0d9087ff10aa8f797f8e9dbac6139447e042428a14d7b224f3cec', '2026-06-02', 28, 3, 183.59, 715, 5, 4, 4, 87, 'champion', 148.76, '2024-06-17 03:40:14+00', '2026-05-05 07:17:19+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_326ecb28b400', 'add6145ab75680057d59fcbf9e8c5a1ff133b6c587497be32cfdf5cda59c31a8', '2026-06-02', 44, 6, 284.49, 573, 4, 5, 5, 93, 'champion', 224.29, '2024-11-06 20:41:39+00', '2026-04-19 06:21:33+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_3b19e2a499d2', 'c61d7f0f3ae3e0bf5a9f4a11b4f5ac98026bdcefc3c5aa1672f3476bbc103750', '2026-06-02', 124, 4, 469.19, 382, 3, 5, 5, 86, 'champion', 332.62, '2025-05-16 12:37:50+00', '2026-01-29 20:04:11+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_4533080003c1', NULL, '2026-06-02', 217, 2, 142.90, 313, 2, 3, 3, 53, 'at_risk', 87.54, '2025-07-24 19:08:36+00', '2025-10-28 01:56:05+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_486c018a282f', 'af38c9fea29549a58e1139e8965c435bc235a57458e581423473117c1c067834', '2026-06-02', 145, 1, 124.55, 688, 2, 2, 3, 45, 'at_risk', 82.62, '2024-07-14 00:17:02+00', '2026-01-08 15:59:41+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_53c47c723e96', '3b6c7af74fcc60460962d26c124a0dde56417b103780b81b33e29695256b7a13', '2026-06-02', 196, 4, 247.90, 727, 2, 5, 4, 74, 'loyal', 150.71, '2024-06-05 02:59:11+00', '2025-11-18 23:29:49+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_61ed783e0ab2', '6cf05b51cec507cb70857c4559bf682d87165b8ad41ae3946271b7b8fbeab7ac', '2026-06-02', 27, 2, 302.21, 696, 5, 3, 5, 84, 'champion', 245.29, '2024-07-06 05:33:54+00', '2026-05-06 12:17:53+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_61f1280455e1', NULL, '2026-06-02', 102, 3, 268.37, 698, 3, 4, 4, 73, 'loyal', 191.61, '2024-07-04 01:07:59+00', '2026-02-20 12:56:07+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_6261cc3d91bc', '2188b374f52a3676742bc29eec11f79660c6bc3658603373541f264db34a6fda', '2026-06-02', 252, 2, 32.88, 481, 1, 3, 2, 41, 'at_risk', 18.37, '2025-02-06 20:49:31+00', '2025-09-23 08:16:46+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_7c67a660b828', NULL, '2026-06-02', 310, 2, 132.81, 337, 1, 3, 3, 46, 'at_risk', 69.09, '2025-06-30 01:58:50+00', '2025-07-27 14:14:47+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_7c7eda67038d', '960453a25adb3d1d066ecf73a8eaba7e0097770d5ee4387b3ca085a8c7a946c5', '2026-06-02', 10, 3, 238.66, 642, 5, 4, 4, 87, 'champion', 199.42, '2024-08-29 13:15:08+00', '2026-05-23 14:10:30+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_a74f88cd54b9', 'ef022bb0733fb4481815957716a1a8b6efb3a4e826f2106888d1f83ea5cf909a', '2026-06-02', 198, 1, 14.77, 696, 2, 2, 1, 35, 'lost', 8.95, '2024-07-06 01:08:36+00', '2025-11-16 01:53:55+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_afcadf4fe57a', '494b0de48b3427c46592f05f9394319fcb6f427b662b8bf55223b51ceba5eb38', '2026-06-02', 47, 5, 487.32, 420, 4, 5, 5, 93, 'champion', 391.23, '2025-04-08 18:26:56+00', '2026-04-16 07:21:47+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_bc2077e2e63b', '187d52925785c52e11ef1684beb9d55beee0022f3ddf051026f6d20cd47f0dc7', '2026-06-02', 143, 2, 99.51, 353, 3, 3, 2, 55, 'at_risk', 68.67, '2025-06-14 21:20:45+00', '2026-01-10 13:09:05+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_c2dc736fc45c', '4d8a98122c332522766cdc87fefc7f2a5583deba2de264034dd717183c0d16d5', '2026-06-02', 210, 1, 45.43, 716, 2, 2, 2, 40, 'lost', 26.97, '2024-06-16 04:27:30+00', '2025-11-04 00:32:19+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_d0123d185f9d', 'ebe07465cc12a4125661326ab3ee8c8685e8dd0913f56e296fce5cbd1f8df547', '2026-06-02', 52, 3, 171.95, 725, 4, 4, 3, 75, 'loyal', 133.72, '2024-06-07 06:15:05+00', '2026-04-11 18:46:42+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_d2710446f979', '4f675607859e40a3c987c63b40f30375a3d9ce8a389c9c8d20e29572a75ec621', '2026-06-02', 28, 6, 496.51, 696, 5, 5, 5, 100, 'champion', 402.31, '2024-07-06 21:42:16+00', '2026-05-05 17:47:48+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_d403a4e31d83', '828531db9f43754c90ee36d9f97b52b989deb16cf93720423a8d8c5653bba9d7', '2026-06-02', 323, 1, 81.56, 323, 1, 2, 2, 33, 'lost', 41.61, '2025-07-14 00:38:24+00', '2025-07-14 00:38:24+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_dd81dc916854', '91feec4cf5b5f332f386edecbc1cb496bf4b906725c41a139271d0fde331c0bd', '2026-06-02', 31, 4, 362.23, 679, 4, 5, 5, 93, 'champion', 292.00, '2024-07-23 12:01:06+00', '2026-05-02 11:03:12+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_e4a7803cedf0', '4730c807784fde0fe202de6f94e66b8b8e384040b6f2ff624f620a3c2c54b562', '2026-06-02', 109, 2, 123.36, 607, 3, 3, 2, 55, 'at_risk', 87.03, '2024-10-03 18:13:25+00', '2026-02-13 22:26:12+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_ef93dfaf469b', '036c918b8699006d1bc96d75e36fa58cae077a8bcd348ed9c50f3507ecbdf9aa', '2026-06-02', 82, 5, 179.16, 713, 4, 5, 3, 83, 'champion', 132.36, '2024-06-19 09:45:35+00', '2026-03-12 03:44:16+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_f4a9b4147a8b', '472f074329e7d83369bf14557672c149cb762000fc2069dc4b8d94cac5900705', '2026-06-02', 100, 1, 13.77, 522, 3, 2, 1, 42, 'at_risk', 9.90, '2024-12-27 15:47:25+00', '2026-02-22 04:24:07+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL),
	('fleet-000004', 'cus_f99e7ae69427', 'b80636a1e0d258a1f669343515b273ccbad0273daca993bb30ad46c8355b25d4', '2026-06-02', 328, 1, 5.03, 708, 1, 2, 1, 28, 'lost', 2.44, '2024-06-24 11:08:22+00', '2025-07-09 08:31:06+00', '2026-12-02 20:14:42.378444+00', 15, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000005_6a324774143e; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000005_6a324774143e VALUES
	('fleet-000005', 'cus_088194297f98', '2d6a74b27187cc3e9f30680d4bb0fcc83ac9725b45a4d3b4bd08659c700c1624', '2026-06-02', 72, 2, 215.49, 122, 4, 3, 4, 72, 'loyal', 175.22, '2026-01-31 20:14:38+00', '2026-03-22 04:23:15+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_0b209159e72e', NULL, '2026-06-02', 184, 3, 233.52, 649, 2, 5, 4, 74, 'loyal', 144.92, '2024-08-22 21:40:49+00', '2025-11-30 04:42:08+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_14ed3e6020c8', 'ced3522567b4830ef037cd0be9eebd80c32a2122ce6b66a0b679fc4aff482ecb', '2026-06-02', 198, 1, 44.14, 725, 2, 2, 1, 35, 'lost', 26.74, '2024-06-07 09:42:42+00', '2025-11-16 19:25:45+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_20b25ab9b897', '203f8354e59a7e09c1ff8bae20ef55920e57aea3ddcd017ab20e73ac5f4d3299', '2026-06-02', 272, 1, 136.44, 526, 1, 2, 2, 33, 'lost', 73.04, '2024-12-23 14:10:46+00', '2025-09-03 21:22:08+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_3fe311693ab3', 'b5ad4029f3503047a3591e79fd1690f3d8c78fc8b8784c01e25f474f0016269a', '2026-06-02', 118, 2, 29.19, 630, 3, 3, 1, 50, 'at_risk', 20.28, '2024-09-10 17:02:43+00', '2026-02-04 06:52:05+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_481a8516ff50', 'ae71da438e89deb003bfbdffa2cae480a73f85209cdf75827ac188f02b9d6552', '2026-06-02', 129, 3, 204.81, 369, 3, 5, 4, 81, 'champion', 144.31, '2025-05-29 00:54:21+00', '2026-01-24 16:21:37+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_50eaa8e0f0e1', '4be128348116ed3fdf8cfe54c71ff87565edac0c63857d25b3f02eb6ff346043', '2026-06-02', 8, 2, 111.90, 662, 5, 3, 2, 69, 'loyal', 93.82, '2024-08-09 20:15:41+00', '2026-05-25 09:43:35+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_5439f3cf0dd8', '96476c3ab2f41a5fe468e03052080eeb4577d8c387eddcb6d0f70ddabadb1255', '2026-06-02', 197, 1, 187.37, 699, 2, 2, 4, 50, 'at_risk', 113.72, '2024-07-03 20:33:28+00', '2025-11-17 05:22:04+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_577d9eb7761e', NULL, '2026-06-02', 41, 4, 402.00, 730, 5, 5, 5, 100, 'champion', 318.57, '2024-06-02 18:38:55+00', '2026-04-22 17:58:29+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_58b4735d947f', 'ca967d3a0a4f6d1c538cd5d1bf83218fa566d8f7cd55c54a84d77c4b8acec769', '2026-06-02', 272, 1, 145.39, 604, 1, 2, 3, 38, 'lost', 77.62, '2024-10-06 19:22:05+00', '2025-09-03 06:04:58+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_5bef19d087c6', '32a19a11ea03e3a903ca8422586f1c09e4cf78d9cc4feeec365c9ef435396bf3', '2026-06-02', 44, 2, 158.72, 470, 4, 3, 3, 67, 'loyal', 126.85, '2025-02-17 00:53:50+00', '2026-04-19 13:21:52+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_610563ac1f41', '29e3733d7541f2cca6af977fbdfbf1039d6bde36a2ed38f9311d573fee441b40', '2026-06-02', 140, 2, 144.59, 674, 3, 3, 3, 60, 'at_risk', 96.74, '2024-07-28 10:44:53+00', '2026-01-13 17:52:58+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_655a61e2f13c', '9979aa32a1db95bf787100de662b2f4811e31aa1b4bb18f459b384a4898f0e08', '2026-06-02', 16, 3, 77.32, 667, 5, 5, 2, 85, 'champion', 63.95, '2024-08-04 02:24:35+00', '2026-05-17 06:21:56+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_68db7fd224ad', '4818df436fd070dd34eadfba6de317a4c88c35d2610256114e3342caffaf8122', '2026-06-02', 257, 1, 17.20, 257, 1, 2, 1, 28, 'lost', 9.94, '2025-09-18 17:15:54+00', '2025-09-18 17:15:54+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_6f853ffb784d', '99d35d82a0d785c8c6044494860953c37e9e5b316ef1ea7ba50be5b0006122ad', '2026-06-02', 37, 3, 326.52, 671, 5, 5, 5, 100, 'champion', 260.53, '2024-07-31 05:58:33+00', '2026-04-26 09:22:14+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_70604aef0626', '128b1f81aa463a3b037bd492caa360bd5bc3f04c126a7e8b0b54cf2f6507fe0b', '2026-06-02', 124, 3, 99.90, 698, 3, 5, 2, 71, 'loyal', 68.69, '2024-07-04 12:33:08+00', '2026-01-29 11:35:46+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_94195779081e', 'a7d1f43749a505b53969b432ef517fbde24773195784b106acea148d8faa743f', '2026-06-02', 49, 3, 143.33, 640, 4, 5, 3, 83, 'champion', 112.04, '2024-08-31 11:13:27+00', '2026-04-14 17:24:18+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_9fa8ceae5ce6', '44f8c4a6bbb8610115ad6cbf25d1aa687c75e0f6f19cebcc75426f1d88648da4', '2026-06-02', 2, 5, 347.54, 531, 5, 5, 5, 100, 'champion', 294.92, '2024-12-18 09:47:08+00', '2026-05-31 22:09:39+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_9ff0b2c943a9', '0a792bf16a7a3ae908818e62cd1ace434891cb17b66f2810711a448f475d2015', '2026-06-02', 78, 5, 332.58, 638, 4, 5, 5, 93, 'champion', 247.40, '2024-09-02 18:01:31+00', '2026-03-16 01:28:32+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_bbdf4d7f3823', '6460082b319c042f260022d5e3f863d5211240b90496bc38e7cb429f941313c1', '2026-06-02', 162, 1, 149.52, 599, 3, 2, 3, 52, 'at_risk', 96.34, '2024-10-11 20:32:19+00', '2025-12-22 13:06:53+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_cddf232c88a3', NULL, '2026-06-02', 36, 3, 160.29, 614, 5, 5, 3, 90, 'champion', 128.11, '2024-09-26 17:00:49+00', '2026-04-27 15:06:52+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_da46ecf16f5e', 'f4f3cec8d85cc50ce7d160ea7c963882483cad5d64606fa034f9984e255b308e', '2026-06-02', 301, 1, 7.61, 549, 1, 2, 1, 28, 'lost', 3.87, '2024-11-30 09:01:08+00', '2025-08-05 07:41:06+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_dc676a140511', '908c00fe0dcd2dd9a2ddafb8bcb8c7d32bbe63dbfb028ab0016b8f80ca627411', '2026-06-02', 83, 1, 47.70, 550, 3, 2, 2, 47, 'at_risk', 35.18, '2024-11-29 02:43:26+00', '2026-03-11 06:23:17+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_e09714dcce2a', 'e4f3f490c5cfa33c8fae7f28c1fee7dec038349f9ba4a2ffb5094902c43a6e01', '2026-06-02', 179, 3, 234.27, 703, 2, 5, 5, 79, 'loyal', 146.63, '2024-06-29 02:59:52+00', '2025-12-05 15:41:51+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_eb9930082e89', 'f526c68b0dbc15e9dd888d042212dd0cebb7fbf28df6d526669cd1cf1692c9d5', '2026-06-02', 67, 1, 19.90, 569, 4, 2, 1, 49, 'at_risk', 15.08, '2024-11-10 17:18:08+00', '2026-03-27 12:11:45+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_ed946fdeb53f', '18d8fb58cd1dd97969be97163284f86f76be245bc01e7fd99bdc418608e550e7', '2026-06-02', 271, 3, 207.91, 580, 1, 5, 4, 67, 'loyal', 111.19, '2024-10-30 12:43:42+00', '2025-09-04 06:53:36+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL),
	('fleet-000005', 'cus_fb472fce3505', NULL, '2026-06-02', 252, 3, 241.38, 691, 2, 5, 5, 79, 'loyal', 133.35, '2024-07-11 19:48:11+00', '2025-09-23 00:42:16+00', '2026-12-02 20:14:42.491116+00', 23, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000006_200cdf516954; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000006_200cdf516954 VALUES
	('fleet-000006', 'cus_233d98b895f2', '042125efb424cc812f2879dc1ecfc5ef98f6bdeeccb60abaac6e7272d2152c7e', '2026-06-02', 270, 2, 98.76, 564, 1, 3, 3, 46, 'at_risk', 52.91, '2024-11-15 23:10:58+00', '2025-09-05 16:01:49+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_2e9ade831fb0', '46aa518271eceec598f954ea43d25fd9170767778a4f1141c7b4c18acba925a9', '2026-06-02', 190, 1, 8.78, 442, 2, 2, 1, 35, 'lost', 5.50, '2025-03-17 12:50:18+00', '2025-11-24 13:17:25+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_3611cd349c12', 'e56fa42ef52ba39705891091597032944ed181d24e27d8f01e2ee9cf4564f800', '2026-06-02', 165, 3, 72.69, 703, 3, 5, 3, 76, 'loyal', 46.60, '2024-06-29 07:37:51+00', '2025-12-19 20:47:12+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_36b00917068f', 'fe9b4f85480b84243687370e087c5da8cf8a78145364bcf876eec0cb7c4bd7fa', '2026-06-02', 356, 1, 133.28, 618, 1, 2, 4, 43, 'at_risk', 61.64, '2024-09-22 07:56:07+00', '2025-06-11 07:23:15+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_3bd27e892002', '6365eeb7670e185a9ac449c82ec00dc40edf556184b330a3cba059576c9b5a66', '2026-06-02', 181, 2, 44.03, 194, 2, 3, 2, 48, 'at_risk', 29.33, '2025-11-20 20:45:19+00', '2025-12-03 17:58:35+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_42da664fb620', '1b6ebfa3762f65fa0ca05994ea5aee6008d2bb4b4321d884248f168e968631f3', '2026-06-02', 36, 3, 304.24, 629, 5, 5, 5, 100, 'champion', 243.17, '2024-09-11 00:44:56+00', '2026-04-27 13:00:51+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_49805866fb4f', '855d2bd87493941272c9fc2f8e6baf9f0d05500934bac29fb3f70c91b9ca87c9', '2026-06-02', 90, 1, 6.58, 434, 4, 2, 1, 49, 'at_risk', 4.89, '2025-03-25 01:32:55+00', '2026-03-04 23:03:01+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_5649b0b54c22', 'df1d62ab7d8f33bb1cc825807ccd214e140b1cd4d051f283c330a071f9875ad3', '2026-06-02', 76, 3, 149.96, 574, 4, 5, 4, 88, 'champion', 111.93, '2024-11-05 10:19:54+00', '2026-03-18 13:47:45+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_596b85a081ad', NULL, '2026-06-02', 193, 1, 57.85, 683, 2, 2, 2, 40, 'lost', 35.35, '2024-07-19 09:42:48+00', '2025-11-21 02:29:45+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_5bdc7903eba7', '707e83b1835b82dd106e716f90cd39af4451d0f019b5ad3ae71b0c4ce85ac2ce', '2026-06-02', 56, 3, 44.35, 644, 5, 5, 2, 85, 'champion', 34.26, '2024-08-27 10:46:19+00', '2026-04-07 14:40:47+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_5fceed71b0e1', 'b1a45a90edf6c9fe47b23bc108b291e95b10fb3f67279976a9dd660eb4125142', '2026-06-02', 25, 3, 205.48, 474, 5, 5, 5, 100, 'champion', 169.52, '2025-02-13 14:39:37+00', '2026-05-08 15:04:41+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_79c3a56a9678', 'e04972e671695513cab97d114845e258e3ff82e6fdb8faad53aa1dc309001ca8', '2026-06-02', 74, 4, 251.50, 621, 4, 5, 5, 93, 'champion', 188.37, '2024-09-19 08:41:44+00', '2026-03-20 09:40:10+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_7bdfa3a19c47', '812d71ac13e9b2e773d68c432562119353095be2b8cd4c3bfdb5226d9ce19de5', '2026-06-02', 79, 2, 183.27, 426, 4, 3, 5, 77, 'loyal', 139.14, '2025-04-02 22:00:21+00', '2026-03-15 18:43:58+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_84b89a7148a6', 'c615de933e2b74a0bc7e332e346e48c556955f602387a19d512bb7aac49ac750', '2026-06-02', 167, 1, 62.98, 716, 2, 2, 3, 45, 'at_risk', 40.24, '2024-06-16 04:12:46+00', '2025-12-17 03:06:45+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_b1ef43d61623', 'eaaef59796d9bf405d9b142487279f578064f06adf6b37ced11048f3480d98e3', '2026-06-02', 129, 3, 108.98, 255, 3, 5, 4, 81, 'champion', 78.45, '2025-09-20 06:39:51+00', '2026-01-24 11:40:34+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_b276920a4e58', '6c4443947e9cfa778cb0873fef541367b4e75dee58d545964ff2dc175751bc85', '2026-06-02', 213, 1, 17.94, 715, 1, 2, 1, 28, 'lost', 10.59, '2024-06-17 12:55:57+00', '2025-11-01 20:29:06+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_b8fef693666b', 'b31e09d0e19da2e7ce43e18b679cba9227fb29bbb8ebb5a34f0f8357e392d764', '2026-06-02', 221, 1, 0.00, 730, 1, 2, 1, 28, 'lost', 0.00, '2024-06-02 14:09:29+00', '2025-10-24 08:18:37+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_c466b3d24c4e', NULL, '2026-06-02', 163, 2, 50.49, 558, 3, 3, 2, 55, 'at_risk', 32.48, '2024-11-21 03:02:25+00', '2025-12-21 22:31:41+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_c6a225375476', '01add04fb8db184ac9d3ef4580fb488225f28998e8018a7a0d5188fe28765b4e', '2026-06-02', 29, 3, 243.21, 701, 5, 5, 5, 100, 'champion', 196.73, '2024-07-01 02:42:15+00', '2026-05-04 16:06:54+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_d06a70b4e1bb', '18f89ae9e77382cfe2661d24fa294fabdfef5bf552c96e57cf9037f672186ee9', '2026-06-02', 92, 2, 179.14, 611, 3, 3, 4, 65, 'loyal', 130.11, '2024-09-29 12:47:47+00', '2026-03-02 19:19:23+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL),
	('fleet-000006', 'cus_e584ffb2d1f9', '51ea6f495d8326d692e8792362ce7e0fb5b10993cc2903396f7b558c346e4a36', '2026-06-02', 55, 3, 69.51, 729, 5, 5, 3, 90, 'champion', 53.78, '2024-06-03 21:11:50+00', '2026-04-08 05:59:38+00', '2026-12-02 20:14:42.505812+00', 24, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000007_6affc0981771; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000007_6affc0981771 VALUES
	('fleet-000007', 'cus_0dab3695ea1d', NULL, '2026-06-02', 53, 4, 277.62, 308, 4, 5, 4, 88, 'champion', 225.34, '2025-07-29 13:07:51+00', '2026-04-10 07:12:42+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_162e15d9863f', 'ef17ab9897c3fde48da11edc8638c1d7a44cb2a9b98359f8f49277c2eccd3f24', '2026-06-02', 105, 1, 41.32, 702, 2, 2, 1, 35, 'lost', 29.35, '2024-06-30 06:09:18+00', '2026-02-17 12:25:34+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_223241d3c541', '4112796ef3f2f0daa464d75d05a0aa30ba9f8036035be76d73d1396d4e87964e', '2026-06-02', 65, 5, 513.49, 628, 3, 5, 5, 86, 'champion', 390.56, '2024-09-12 09:43:28+00', '2026-03-29 02:05:47+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_253a44f71ded', 'f82fff71c3e97ba3cf9b4d2fe10322668ec09c182e594e6b64d212f93d2472db', '2026-06-02', 12, 2, 59.55, 214, 5, 3, 2, 69, 'loyal', 52.76, '2025-10-31 07:16:17+00', '2026-05-21 21:57:40+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_2a1aea3fe716', '812a40a404a5b4979e2e11aa335328ae5ec6a198ace2c92fda40a4b10ddb95ad', '2026-06-02', 62, 3, 199.40, 554, 3, 4, 3, 68, 'loyal', 152.44, '2024-11-25 02:25:32+00', '2026-04-01 14:31:57+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_37ecb1877383', NULL, '2026-06-02', 79, 3, 191.95, 301, 3, 4, 3, 68, 'loyal', 149.22, '2025-08-05 05:42:25+00', '2026-03-15 19:26:33+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_3b52593c72e9', '8d0f5d1ac152911385897764be7bf9d0bf96e71a98de467134c18cedac3a96b6', '2026-06-02', 61, 4, 314.03, 692, 4, 5, 4, 88, 'champion', 240.49, '2024-07-10 23:53:19+00', '2026-04-02 16:42:53+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_46edf7b1f801', '1e9f7e56848b98d55a2798fa3ca3e4189b6b8f94ecfb57d243e9020c91c4a5b2', '2026-06-02', 174, 1, 24.86, 535, 1, 2, 1, 28, 'lost', 15.71, '2024-12-14 10:58:48+00', '2025-12-10 01:42:57+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_54f19df04f09', 'ea11369ca7ef67347350af051fbe1d92b48611562dcb3402860779dc37a1edb7', '2026-06-02', 97, 3, 256.19, 702, 3, 4, 4, 73, 'loyal', 184.48, '2024-06-30 11:05:02+00', '2026-02-25 15:49:30+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_593b73dcbde9', NULL, '2026-06-02', 158, 3, 196.75, 698, 2, 4, 3, 61, 'loyal', 127.65, '2024-07-04 06:30:21+00', '2025-12-26 18:58:23+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_60e5d2752bc6', '4b5fa1df019bf3e7ea4232fce892b8f97fafe22edf705fe2e2005a84bf3cdf60', '2026-06-02', 36, 4, 307.19, 656, 5, 5, 4, 95, 'champion', 245.52, '2024-08-15 15:18:22+00', '2026-04-27 00:41:16+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_6dd6c9f6fa7d', '41eab44ad775bbeaa3d9089ef8da271e54b47bfb5684f588839fd8e5a24abcb6', '2026-06-02', 47, 2, 56.28, 157, 4, 3, 2, 62, 'loyal', 47.46, '2025-12-27 01:06:47+00', '2026-04-16 09:04:26+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_7472decfde9e', 'a50ce11ae072287a44e9e12a221a50eec3ef61ee337ede805c518997a0108ef6', '2026-06-02', 128, 2, 40.75, 269, 2, 3, 1, 43, 'at_risk', 29.31, '2025-09-06 11:54:05+00', '2026-01-25 10:35:55+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_7c959cb9321a', 'f65c763f949cdc34dee47eed2d828121192c0f39f89286aa1af5a571ee4e458b', '2026-06-02', 92, 3, 199.98, 540, 3, 4, 3, 68, 'loyal', 145.24, '2024-12-09 02:03:03+00', '2026-03-02 14:30:16+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_824f5271a873', 'b9798807ce5d0bc37cbf557f9d07c077202f537ba80841674cd559dd41fe8809', '2026-06-02', 84, 2, 48.67, 638, 3, 3, 1, 50, 'at_risk', 35.83, '2024-09-02 02:03:10+00', '2026-03-10 16:29:30+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_8f999ddc20b3', '3f6ec71fb3dd1c14e8aaa5c85810f779c4f6c54097959d9b7a290ec669d06c2f', '2026-06-02', 332, 1, 35.99, 712, 1, 2, 1, 28, 'lost', 17.34, '2024-06-20 06:08:24+00', '2025-07-05 06:44:38+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_96efa2c28220', '6ebfff2a863646839ddfcbbe2f3ca624a6fb23cad0a03ae06c5091f94ab213ed', '2026-06-02', 43, 6, 550.86, 716, 4, 5, 5, 93, 'champion', 435.04, '2024-06-16 21:21:19+00', '2026-04-20 00:05:34+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_985d8e866ef0', '699665574870758e4622431a4163d9c56dc057a6c21f9dcb891f72d81abfd430', '2026-06-02', 29, 6, 533.68, 340, 5, 5, 5, 100, 'champion', 448.61, '2025-06-27 21:12:45+00', '2026-05-04 00:07:35+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_9e2bdd2f33bd', 'a874047c3e919995d31595fef98e7361210be7cadb605d9ac68ea15701977720', '2026-06-02', 6, 4, 340.74, 644, 5, 5, 5, 100, 'champion', 286.67, '2024-08-27 19:42:13+00', '2026-05-27 03:36:44+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_a1a3e57d5b69', '93d925d3c4c29c482b010dc3b532f261af8594aaa737c6fc1dfd997e7dcd21bc', '2026-06-02', 103, 1, 62.17, 612, 2, 2, 2, 40, 'lost', 44.31, '2024-09-28 01:03:00+00', '2026-02-19 10:37:23+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_a57726e1fe44', '10f89084caa9852a5075b1f0549db4476047e2291b863bbe1f75193b36a950ca', '2026-06-02', 46, 6, 464.83, 712, 4, 5, 5, 93, 'champion', 365.22, '2024-06-20 12:07:55+00', '2026-04-17 18:00:11+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_b45d77fa209c', 'ed20018ce9ccee20c74c22c05e30da2bda656097fed4a855beabb73eec014b80', '2026-06-02', 266, 1, 71.09, 617, 1, 2, 2, 33, 'lost', 38.35, '2024-09-23 20:34:43+00', '2025-09-09 01:12:27+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_b59be28c37b7', '490bdfac8b516909a765c32041433ce433d87fbfcf54e84e5f367003656e3ad1', '2026-06-02', 22, 3, 91.63, 563, 5, 4, 3, 82, 'champion', 75.01, '2024-11-16 14:51:47+00', '2026-05-11 01:01:30+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_cd54ffe7d4a4', '5dd6b0f7834798a95ddc5eed1d62f16cb30fdd4d9a77eb2cc428a4ac40bc2900', '2026-06-02', 38, 3, 277.89, 662, 5, 4, 4, 87, 'champion', 221.35, '2024-08-09 11:50:01+00', '2026-04-25 18:16:04+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_d22e2ce9601d', 'e5ddf8211e84d57c63fee073299809b10193e373029af43b0e6da672afa625cc', '2026-06-02', 164, 5, 333.71, 628, 2, 5, 5, 79, 'loyal', 214.29, '2024-09-12 17:18:09+00', '2025-12-20 14:51:40+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_f5049de7593d', '6511ee97bc0fdcb6754bddadac1a03332c203c9409b0851426f3afb55276e50f', '2026-06-02', 192, 2, 168.77, 661, 1, 3, 3, 46, 'at_risk', 103.31, '2024-08-10 07:04:54+00', '2025-11-22 22:37:19+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL),
	('fleet-000007', 'cus_fe75a3fcc929', 'e09b17cf27563a4ae51ac7a8ce82bc4defad98c09fa1dddc1582f678c63ae172', '2026-06-02', 285, 1, 58.97, 285, 1, 2, 2, 33, 'lost', 32.33, '2025-08-21 09:58:37+00', '2025-08-21 09:58:37+00', '2026-12-02 20:14:42.363956+00', 14, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000008_6042abc9709f; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000008_6042abc9709f VALUES
	('fleet-000008', 'cus_0f70aa2da318', NULL, '2026-06-02', 54, 3, 29.25, 667, 5, 4, 2, 77, 'loyal', 22.67, '2024-08-04 16:13:27+00', '2026-04-09 13:34:40+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_11f802251f76', '31b64c9db54f7b54511643d9ac8a97922f5249f55390aa9f5cd70ff0e302a340', '2026-06-02', 187, 1, 131.60, 583, 1, 2, 3, 38, 'lost', 81.25, '2024-10-27 23:05:52+00', '2025-11-27 07:55:09+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_129c307efa0a', 'f40e1d61d1617aaa6c023fc22b34f2c801f233ddd980f49cdfa4e6cfba6e2437', '2026-06-02', 30, 3, 102.01, 187, 5, 4, 3, 82, 'champion', 88.07, '2025-11-27 02:13:19+00', '2026-05-03 20:12:28+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_14044d6e7559', NULL, '2026-06-02', 173, 1, 83.52, 599, 2, 2, 2, 40, 'lost', 52.81, '2024-10-11 13:43:17+00', '2025-12-11 16:30:18+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_16918f21c7a0', '8e66e2a92a9eb9eda6cbdac9d2182d43443207944e6b117136b370df94c82bb7', '2026-06-02', 6, 3, 187.71, 703, 5, 4, 4, 87, 'champion', 157.93, '2024-06-29 18:27:38+00', '2026-05-27 03:05:01+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_1c13a13d74d2', 'cdd72ceb5d6f4da388b9c988879d233464aa1287cd6b05b41140f4db7348a2aa', '2026-06-02', 100, 2, 171.69, 642, 3, 3, 4, 65, 'loyal', 123.00, '2024-08-29 06:11:49+00', '2026-02-22 13:16:49+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_21dd84886ba9', 'c68505e9376fd37a6f86b141cf7d8d0ba2e2a700b200f26ec4343573131333c0', '2026-06-02', 91, 2, 136.97, 650, 4, 3, 3, 67, 'loyal', 99.65, '2024-08-21 11:39:28+00', '2026-03-03 03:41:16+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_2972bf74710b', '14ae4bae790fb4f9b5fb25b031f134fa8584a191cf754dcdfb46adc9aeeb960d', '2026-06-02', 154, 4, 216.37, 283, 3, 5, 4, 81, 'champion', 148.46, '2025-08-23 03:54:15+00', '2025-12-30 13:38:42+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_2e56139a68b9', 'c114d83316d6f479c83f0f45fbae843ea65d6a4b68121c1fa2e344ab7059f61b', '2026-06-02', 206, 3, 79.60, 340, 1, 4, 2, 49, 'at_risk', 49.44, '2025-06-27 22:14:20+00', '2025-11-08 11:01:21+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_51d55726f1ae', '4fcb293f9981dc7f9a228b999eb9ef9fd7f493cd34db611ccfd95c00cd78ff4c', '2026-06-02', 141, 2, 84.04, 586, 3, 3, 2, 55, 'at_risk', 56.13, '2024-10-24 19:22:22+00', '2026-01-12 02:25:45+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_551aa99ab4e6', NULL, '2026-06-02', 68, 1, 11.56, 68, 4, 2, 1, 49, 'at_risk', 9.56, '2026-03-26 08:25:38+00', '2026-03-26 08:25:38+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_55a1ff48dbb7', '4f114a92082811d39d5c18e389e950162a8a249c7b62b6a9dfe343b9fa233597', '2026-06-02', 45, 1, 6.43, 45, 5, 2, 1, 56, 'at_risk', 5.55, '2026-04-18 00:27:10+00', '2026-04-18 00:27:10+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_6b3f640716b7', NULL, '2026-06-02', 24, 2, 193.78, 685, 5, 3, 4, 79, 'loyal', 158.09, '2024-07-17 11:20:07+00', '2026-05-09 13:50:12+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_7454810c61b3', '94b7d6dc3d1b2318e82ec61380c5d5a01dda1f0cd863c65a502c0be11eb15a04', '2026-06-02', 156, 2, 16.69, 621, 2, 3, 1, 43, 'at_risk', 10.87, '2024-09-19 23:06:46+00', '2025-12-28 09:35:42+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_812cddc9f626', NULL, '2026-06-02', 152, 1, 20.23, 152, 3, 2, 1, 42, 'at_risk', 14.27, '2026-01-01 16:25:55+00', '2026-01-01 16:25:55+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_a8e43d719cab', '5123c32e79e388c6c91fc5963af6a2fc0143f338af2fcd67b8ae81b2bc2dbf4c', '2026-06-02', 169, 4, 306.82, 643, 2, 5, 5, 79, 'loyal', 195.35, '2024-08-28 15:08:05+00', '2025-12-15 16:35:36+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_a9f25b95771a', '11b523c94d12f950937f06e926828b288c04f3f829439956d505e7875f1b6c60', '2026-06-02', 98, 4, 102.75, 677, 3, 5, 3, 76, 'loyal', 73.86, '2024-07-25 16:19:38+00', '2026-02-24 07:57:13+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_ad59d83f7876', 'bfce290186791c57c8cabdc9dd05f6be9448a58ae11f1980d7d62f86665870b0', '2026-06-02', 171, 5, 319.17, 661, 2, 5, 5, 79, 'loyal', 202.52, '2024-08-10 14:42:24+00', '2025-12-13 09:14:41+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_b53b26c18dbc', 'a0d08406effc1129598fb34504407330c9a7ae690be0b671c8b1a566c7fdbf29', '2026-06-02', 319, 1, 22.64, 596, 1, 2, 2, 33, 'lost', 11.15, '2024-10-14 13:40:10+00', '2025-07-18 02:58:07+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_bbdd6917cad8', 'a1448c8ac30da84c7535c52ae02ffb3fcf87cdfcd48d9dc6e51f9ed9b6fa6f9e', '2026-06-02', 176, 1, 7.09, 682, 1, 2, 1, 28, 'lost', 4.46, '2024-07-20 23:06:15+00', '2025-12-08 23:59:15+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_bd00a2ac8508', '3449db432a7786a1f1d06b9afdfaebb94aec29aec7f88b6ed4a47da9e83fa7c6', '2026-06-02', 167, 5, 571.03, 693, 2, 5, 5, 79, 'loyal', 364.81, '2024-07-09 17:59:14+00', '2025-12-17 20:04:25+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_c86a548aeebd', '106abeaca77abced88b5601e98eec7fd53878fe5b025e506d5b1d268ad7c9a6b', '2026-06-02', 95, 3, 261.65, 615, 4, 4, 5, 85, 'champion', 189.06, '2024-09-25 11:50:28+00', '2026-02-27 13:08:45+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_d183b59e97b6', NULL, '2026-06-02', 61, 4, 91.96, 696, 4, 5, 3, 83, 'champion', 70.42, '2024-07-06 06:32:32+00', '2026-04-02 22:10:42+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_d4a034f27fef', NULL, '2026-06-02', 52, 4, 479.38, 598, 5, 5, 5, 100, 'champion', 372.81, '2024-10-12 22:38:35+00', '2026-04-11 00:30:25+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_e09edf7a5df5', '86a8e114da57fb533c563dee5f240f62e3888173ea60baa76becb5a3891c74cd', '2026-06-02', 206, 1, 84.11, 498, 1, 2, 3, 38, 'lost', 50.68, '2025-01-20 12:12:08+00', '2025-11-08 21:16:28+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_ee81f0cf7364', '82e4183b3189140f4b3b8f0e19ad2d269256ac15ecb57f9201582c2b0002369c', '2026-06-02', 66, 4, 278.59, 701, 4, 5, 5, 93, 'champion', 211.53, '2024-07-01 18:54:52+00', '2026-03-28 22:18:09+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL),
	('fleet-000008', 'cus_f04025104251', 'e48c720185efee04afa2f6778a9fbfb842b7b3e2e94e51f6ee7acff2ef8c5e49', '2026-06-02', 141, 3, 251.55, 689, 3, 4, 4, 73, 'loyal', 168.01, '2024-07-13 03:34:05+00', '2026-01-12 20:20:43+00', '2026-12-02 20:14:42.418105+00', 18, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000009_8ad7255378c8; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000009_8ad7255378c8 VALUES
	('fleet-000009', 'cus_0ec19c7e61a7', 'f3f3cf6bf93682eae90548b2e7b17db09ada11badf7b1ef57fd0ba53b6d174d2', '2026-06-02', 29, 3, 295.82, 583, 5, 4, 4, 87, 'champion', 239.28, '2024-10-27 03:38:11+00', '2026-05-04 04:38:50+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_1ba673985fd1', NULL, '2026-06-02', 95, 2, 67.99, 659, 3, 3, 2, 55, 'at_risk', 49.13, '2024-08-12 17:03:32+00', '2026-02-27 00:05:20+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_1d31b952664c', '49e5a7c930464081426d21a392c29ad98ce67c4ffb433a171a8d0b55bd9726a7', '2026-06-02', 16, 3, 120.52, 627, 5, 4, 2, 77, 'loyal', 99.68, '2024-09-13 17:00:40+00', '2026-05-17 08:00:57+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_1db7baf58f5a', '26ff6160d290bd75dd51bd0df8948404fb6d809f5218d82bab162fbf644e53ec', '2026-06-02', 205, 3, 26.54, 594, 1, 4, 1, 44, 'at_risk', 15.89, '2024-10-16 08:08:23+00', '2025-11-09 03:18:15+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_20a2c39e59a3', NULL, '2026-06-02', 202, 2, 201.29, 702, 2, 3, 3, 53, 'at_risk', 121.13, '2024-06-30 22:23:37+00', '2025-11-12 18:02:45+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_20b5b510428f', '65dfc3715113b97b85885642e3a4ba15b2bd028de598e70043f6aaf4cf851079', '2026-06-02', 2, 4, 363.20, 667, 5, 5, 5, 100, 'champion', 307.67, '2024-08-04 05:43:11+00', '2026-05-31 11:26:26+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_3aa2182d544e', 'd10271929731c47003467fbc6fff9d48bfbd76fe2a65ae8e81da6473956c12ea', '2026-06-02', 194, 2, 21.69, 613, 2, 3, 1, 43, 'at_risk', 13.23, '2024-09-27 20:30:47+00', '2025-11-20 11:29:57+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_5b4f94c12e23', 'a34fbb736285e099064e733008fb40cab9561dbf8bca76f4ced39382ecd86e53', '2026-06-02', 307, 1, 178.49, 307, 1, 2, 3, 38, 'lost', 93.86, '2025-07-30 14:08:23+00', '2025-07-30 14:08:23+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_5b686c19c1e6', 'dfd242617292dfcd88aaac501dbf6c24c7100bd306c0c480e6ce9e372c6aabd3', '2026-06-02', 204, 1, 114.43, 413, 1, 2, 2, 33, 'lost', 70.33, '2025-04-15 05:24:36+00', '2025-11-10 07:11:48+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_5c038552c734', '7dd6905384fb1f3aacb7c74c29b9d4c54e36087ad997ca533a25933b65895c86', '2026-06-02', 194, 3, 302.32, 726, 2, 4, 5, 71, 'loyal', 184.43, '2024-06-06 22:35:13+00', '2025-11-20 21:42:23+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_5d5bcc436011', 'dda298ccf9ec47dce51d79145c252affb1717412790f3a5455417d3437357985', '2026-06-02', 204, 1, 31.46, 597, 1, 2, 1, 28, 'lost', 18.87, '2024-10-13 18:52:37+00', '2025-11-10 00:16:10+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_5db227bad8bc', '179a9a0a546b6b96d09bdab07613dfc4bd9a82726e562410ef76ff18a23854b3', '2026-06-02', 255, 1, 48.10, 570, 1, 2, 1, 28, 'lost', 26.44, '2024-11-09 22:51:44+00', '2025-09-20 20:16:06+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_66b13223ef5e', '83b417c923bb4e32f4a99b626f1cf72e367d474ba27ebc7d38aaf63355d7a7f1', '2026-06-02', 39, 4, 282.70, 370, 4, 5, 4, 88, 'champion', 232.29, '2025-05-28 19:23:13+00', '2026-04-24 13:05:43+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_6afdcbaa3dbb', 'd3a7a601d46166f418b59248dbd69d14b82e87bb2507d932507eb1a659053262', '2026-06-02', 61, 2, 121.98, 99, 4, 3, 3, 67, 'loyal', 101.49, '2026-02-23 01:06:18+00', '2026-04-02 22:04:13+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_748a90a87e48', '9f32e08fa078a8bc693e2132add1c9a4b4677922202725320ea2a7f79b93a273', '2026-06-02', 122, 3, 224.78, 628, 3, 4, 4, 73, 'loyal', 155.09, '2024-09-12 13:32:09+00', '2026-01-31 22:54:06+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_75240d7b09c9', '3b9999769f9487906f1a77b5fe56c6131a42d78d6218e495ce728e3fc31170d6', '2026-06-02', 162, 1, 48.35, 162, 2, 2, 1, 35, 'lost', 33.46, '2025-12-22 07:37:20+00', '2025-12-22 07:37:20+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_7632b11c7d50', '10d4a70023bc967d937aac99e4cce2dbbf57e12f30d0b468c7f400ba585dfe63', '2026-06-02', 28, 3, 275.06, 647, 5, 4, 4, 87, 'champion', 222.87, '2024-08-24 01:25:21+00', '2026-05-05 18:24:55+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_903125a97ecb', '6d90b77f2e5ecd7822faeee89558aba1d2c6d435bbbeb0a79500ca793c61c2ff', '2026-06-02', 150, 2, 157.75, 566, 2, 3, 3, 53, 'at_risk', 103.75, '2024-11-13 17:52:37+00', '2026-01-03 15:13:49+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_92854d768154', '639f4d0f957ce73343430da29d6dddf430af9f9df24ed96727c6265decb9f98f', '2026-06-02', 66, 2, 121.81, 575, 4, 3, 2, 62, 'loyal', 92.49, '2024-11-04 09:21:22+00', '2026-03-28 12:13:36+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_a4e3cd8f1f8e', '3d2c8dd71b3dd7e296aa7ce4b852ccf4e27944d6331ac9a0bbdccf868364762b', '2026-06-02', 82, 4, 257.01, 558, 3, 5, 4, 81, 'champion', 189.88, '2024-11-21 15:46:35+00', '2026-03-12 18:01:14+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_c3847ef4e959', '968a2139554fd498b15474642126af6e5cdd8313942edf2fff194aa82578e7c8', '2026-06-02', 48, 4, 406.65, 656, 4, 5, 5, 93, 'champion', 318.42, '2024-08-15 17:29:10+00', '2026-04-15 08:03:11+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_c70dfe8a104e', NULL, '2026-06-02', 133, 1, 159.12, 133, 3, 2, 3, 52, 'at_risk', 116.34, '2026-01-20 14:58:40+00', '2026-01-20 14:58:40+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_e12650d90a19', '96d2072f374bc29d7dc9b4ee37507ea4968da9415bd12a25e0f1d0220903bc2c', '2026-06-02', 98, 5, 348.11, 629, 3, 5, 5, 86, 'champion', 250.25, '2024-09-11 21:51:51+00', '2026-02-24 05:37:34+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_e8c8e5072687', '6c3d6ad5f58038a5b134497e928f3f1af24e07cc29093fe1fc6c19cf67e8622f', '2026-06-02', 34, 5, 433.89, 581, 4, 5, 5, 93, 'champion', 347.98, '2024-10-29 19:53:39+00', '2026-04-29 16:36:21+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL),
	('fleet-000009', 'cus_efda421d83f5', 'f68868751132b87e580e5c7b623585c7bebe2da257d8ab34564a047c0ac161ca', '2026-06-02', 10, 1, 51.32, 598, 5, 2, 2, 61, 'loyal', 42.88, '2024-10-12 21:14:12+00', '2026-05-23 02:26:03+00', '2026-12-02 20:14:42.476988+00', 22, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000010_38cf418ec6ff; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000010_38cf418ec6ff VALUES
	('fleet-000010', 'cus_03fcfe139fd0', '59b660fa64f9e0b9266783119153272bc29c9cfbad1e53ffe52607d81a08ae5e', '2026-06-02', 34, 2, 144.04, 723, 4, 4, 3, 75, 'loyal', 115.52, '2024-06-09 12:54:59+00', '2026-04-29 16:38:48+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_1b5af938356e', '79576e9e04bbe904ab3c65dfb3533d34602bff23fb1238765ff83c4d91e4f8e7', '2026-06-02', 40, 2, 142.72, 698, 4, 4, 3, 75, 'loyal', 113.29, '2024-07-04 10:35:32+00', '2026-04-23 01:12:36+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_2d78619dca40', NULL, '2026-06-02', 25, 6, 492.07, 702, 5, 5, 5, 100, 'champion', 400.76, '2024-06-30 17:33:31+00', '2026-05-08 01:03:00+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_2e81fbd9b526', 'd3916b47a297a605f962c8d0b0ebec315c00e26364f071ecdb4ceafd8463bb34', '2026-06-02', 96, 1, 148.20, 96, 2, 2, 3, 45, 'at_risk', 116.21, '2026-02-26 12:11:09+00', '2026-02-26 12:11:09+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_3d2f13fd5353', 'a415bbada70ec26df1e39f7ecc23773e1aa8e550ff8048b3b10e797528dced82', '2026-06-02', 118, 2, 300.57, 728, 2, 4, 5, 71, 'loyal', 208.81, '2024-06-04 04:19:14+00', '2026-02-04 07:25:44+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_3e90c8214c2b', '6109e9990a7c05de61c95b2992eefc1898d64349d8d287f6fa5aade189053333', '2026-06-02', 58, 2, 234.55, 667, 3, 4, 4, 73, 'loyal', 180.55, '2024-08-04 12:10:06+00', '2026-04-05 21:16:57+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_58abdfbfa6eb', '5e35a75a5101a8a9e0081e5c2cf48224fb9274c6c7b9b03897794e214f6489dc', '2026-06-02', 236, 1, 92.95, 728, 1, 2, 2, 33, 'lost', 52.77, '2024-06-04 21:00:36+00', '2025-10-09 12:29:50+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_5e121679be63', 'e9530bf534d6cdeeee2c862dc194283f74181bc0fbb1e46536e6703c8bb05a9b', '2026-06-02', 14, 4, 332.39, 681, 5, 5, 5, 100, 'champion', 275.85, '2024-07-21 14:57:40+00', '2026-05-19 00:14:37+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_7af46e2dc7f4', 'c97084b584620b6481ae7dc6163df7ce37441194787d9c24bdec0f89a331e0bf', '2026-06-02', 77, 3, 224.34, 468, 3, 4, 4, 73, 'loyal', 169.53, '2025-02-19 05:21:41+00', '2026-03-17 22:54:54+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_86105b97dba8', 'e90572871d008d0ef7f336106db4ebb8f9098cbdd5a95fb3d92e1d02ec89021c', '2026-06-02', 297, 2, 77.06, 314, 1, 4, 2, 49, 'at_risk', 41.17, '2025-07-23 07:34:07+00', '2025-08-09 18:32:16+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_8aeda42569a7', 'e4a626ff418ae7b6893edc8b0d2bb1733b57ecdc2c2c4892443aa407d28073d3', '2026-06-02', 215, 1, 86.98, 624, 1, 2, 2, 33, 'lost', 51.19, '2024-09-16 15:40:14+00', '2025-10-30 06:55:39+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_9060da63f57e', 'ad1e4151e4189b7a81134f1ee7ad0947d3e07290c61e45a754cedb7e1920a0f7', '2026-06-02', 4, 1, 137.59, 4, 5, 2, 3, 66, 'loyal', 128.36, '2026-05-29 07:43:03+00', '2026-05-29 07:43:03+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_9323478db63b', '2e7f6e9a5b2afaccec32dd3aa8b6a337c6cf2806c64877315fffcae00752b550', '2026-06-02', 59, 1, 4.85, 710, 3, 2, 1, 42, 'at_risk', 3.73, '2024-06-22 11:18:52+00', '2026-04-04 04:12:30+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_97fa38e9418a', 'b14f0f0f4150f789c8d33f30e44f53306261b242523d75b1f888bc86350d21e5', '2026-06-02', 21, 4, 294.48, 692, 5, 5, 5, 100, 'champion', 241.48, '2024-07-10 19:41:26+00', '2026-05-12 07:42:27+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_9d0aaa521375', 'b2cb2aea3fe5ce96adadb0af6499afd1e2ac3c63fd30da4857dcf08ab0351715', '2026-06-02', 37, 3, 367.78, 722, 4, 4, 5, 85, 'champion', 293.45, '2024-06-10 04:54:05+00', '2026-04-26 23:23:12+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_9f28df5bbf40', 'db1f4b7b3a2e2c145b45bd8f746714c1779ba689ba894fc4eceeeefdad08622f', '2026-06-02', 109, 5, 225.85, 695, 2, 5, 4, 74, 'loyal', 159.33, '2024-07-07 15:49:21+00', '2026-02-13 03:57:01+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_a2dfa5f62c4e', '0b576d641ec29e8da883ac2f1de2f01ceb80c9c58ae3d5117f9e90f2f8b4a80d', '2026-06-02', 290, 2, 131.06, 577, 1, 4, 2, 49, 'at_risk', 67.85, '2024-11-02 07:19:23+00', '2025-08-16 18:37:49+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_a38b560d0ced', NULL, '2026-06-02', 33, 2, 47.57, 730, 4, 4, 1, 65, 'loyal', 38.22, '2024-06-02 22:19:55+00', '2026-04-30 03:37:28+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_a48e49fcb3d7', 'f7ac355a1699b389a88e5727b5daee0d11d2d07a727f0f96e4dda6508e5238e7', '2026-06-02', 169, 3, 139.62, 679, 2, 4, 3, 61, 'loyal', 88.89, '2024-07-23 04:42:03+00', '2025-12-15 02:49:23+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_b4310c1bfb6f', '926f4a4d697f89df37638d1b2aad914cff419cfa1690fc903f7049396265260b', '2026-06-02', 3, 1, 27.33, 3, 5, 2, 1, 56, 'at_risk', 25.55, '2026-05-30 09:53:37+00', '2026-05-30 09:53:37+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_bbee2789599d', 'f179f0c917caa339edc0c5ce5b0b5d3b0613a0b4bfebde874e0026d3dd241e61', '2026-06-02', 118, 2, 92.17, 328, 2, 4, 2, 56, 'at_risk', 66.69, '2025-07-09 23:36:28+00', '2026-02-04 15:00:49+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_bdbe175a3982', '9df95fc21623c0075e52424fcb7ccb5eecd142ee99e4193a26a06fee14e8e89f', '2026-06-02', 51, 4, 252.26, 548, 3, 5, 4, 81, 'champion', 196.52, '2024-12-01 03:46:22+00', '2026-04-12 13:27:11+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_c65d258d8e90', '0344a2501db2e2a89b7cd0bf4367ebd93ad8057278aa88415c9378b751b29a88', '2026-06-02', 216, 1, 58.14, 556, 1, 2, 1, 28, 'lost', 34.16, '2024-11-23 22:28:42+00', '2025-10-29 11:47:08+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_d317fc9c391b', NULL, '2026-06-02', 26, 2, 29.60, 691, 4, 4, 1, 65, 'loyal', 24.07, '2024-07-11 15:16:04+00', '2026-05-07 13:21:29+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL),
	('fleet-000010', 'cus_d9867c97cf48', '18c976a84840a7efe2918a2414539d33962fcd9d73e91f94cea81af5e17312e1', '2026-06-02', 71, 2, 251.67, 729, 3, 4, 4, 73, 'loyal', 189.47, '2024-06-03 21:36:06+00', '2026-03-23 20:39:12+00', '2026-12-02 20:14:42.461928+00', 21, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000011_2d773b7f7a02; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000011_2d773b7f7a02 VALUES
	('fleet-000011', 'cus_06eef6eacc62', '21891103c2c8c1ff7377236c7dbdca9cfae4d68c486f68c636bf4d59b9bc660d', '2026-06-02', 189, 2, 93.13, 575, 1, 3, 2, 41, 'at_risk', 57.30, '2024-11-04 02:37:32+00', '2025-11-25 10:10:03+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_0b172c462fb3', 'b27c48d644498eb9790d25f0514902e0fee77d5b46a87f3e1fc498d8bed35d74', '2026-06-02', 121, 4, 220.92, 262, 3, 5, 3, 76, 'loyal', 161.01, '2025-09-13 10:37:06+00', '2026-02-01 13:31:06+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_0fbbd14791d5', 'a4007b2e792730b354483c43cf2a7e0358da1bc4a745f747a2d66cd5f41c3dd2', '2026-06-02', 150, 4, 121.63, 707, 2, 5, 2, 64, 'loyal', 80.00, '2024-06-25 07:42:54+00', '2026-01-03 17:36:17+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_1d586ed3bf2f', '33a145b8e7da8dd7e6235a10919e003fa913eacb9b338939bedc0f3b3a0f599c', '2026-06-02', 42, 4, 179.30, 694, 4, 5, 3, 83, 'champion', 141.84, '2024-07-08 15:39:35+00', '2026-04-21 05:15:07+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_2b0471c5d5cf', '3c976a2dfc5308cdc12df2e6a249ab784ea238cfe20b2cb15beb3ca87bf82c61', '2026-06-02', 18, 4, 290.92, 645, 5, 5, 5, 100, 'champion', 239.79, '2024-08-26 14:43:43+00', '2026-05-15 14:40:30+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_3f18e8b37750', NULL, '2026-06-02', 268, 1, 89.29, 560, 1, 2, 1, 28, 'lost', 48.00, '2024-11-19 21:03:36+00', '2025-09-07 10:36:52+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_55cd02e50b32', 'e2a96a7b795b78f2c6ce00b3ecfd546d5ca1b12f71befdf96d1824af9653a12f', '2026-06-02', 56, 5, 348.55, 721, 4, 5, 5, 93, 'champion', 269.22, '2024-06-11 03:03:14+00', '2026-04-07 20:19:50+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_5abbd111932c', '38711d32f3e614791a08d655fbc10da663bc0655e8254c4980af0fa3bc00773e', '2026-06-02', 12, 4, 273.34, 663, 5, 5, 4, 95, 'champion', 227.62, '2024-08-08 07:55:28+00', '2026-05-21 00:57:10+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_60c30cc2e08d', '8b2a0bef4a0997ab30a9cef9e33e65b93cb807ddabfe898562c7a54de69b7398', '2026-06-02', 174, 1, 39.78, 604, 1, 2, 1, 28, 'lost', 25.11, '2024-10-06 11:05:35+00', '2025-12-10 00:08:52+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_64db250047bf', '07924f90d3b5954093defb0284811ccabdba3f1344c130b0b1c9ce50f4d87cb0', '2026-06-02', 115, 3, 178.57, 654, 3, 3, 3, 60, 'at_risk', 124.69, '2024-08-17 03:43:10+00', '2026-02-07 13:26:16+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_738f160ed71b', NULL, '2026-06-02', 16, 6, 494.59, 699, 5, 5, 5, 100, 'champion', 409.06, '2024-07-03 22:29:01+00', '2026-05-17 01:08:17+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_942575ebe021', 'eb33b8b33c97b82fa4a57986e3e043e10fb62841b7fb4872595743b3071bea52', '2026-06-02', 53, 1, 76.60, 717, 4, 2, 1, 49, 'at_risk', 59.47, '2024-06-15 21:21:02+00', '2026-04-10 21:23:40+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_998162dd4af3', NULL, '2026-06-02', 25, 4, 267.70, 565, 5, 5, 4, 95, 'champion', 218.02, '2024-11-14 12:01:02+00', '2026-05-08 15:46:30+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_9d6d6ece495b', 'a6b88f3b47cb0ec74e3881d552699782cc27ca4b4bfbe7acd1ecd0c8ba51b61f', '2026-06-02', 166, 2, 238.74, 685, 2, 3, 3, 53, 'at_risk', 152.79, '2024-07-17 17:15:54+00', '2025-12-18 11:17:38+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_abc78e76d075', NULL, '2026-06-02', 136, 2, 91.31, 467, 2, 3, 2, 48, 'at_risk', 62.39, '2025-02-20 02:52:22+00', '2026-01-17 21:59:07+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_c4f6f5f0393d', '1382e07922beda88e8021d802c616e83115372fff5b20928000056c06a196354', '2026-06-02', 117, 4, 285.95, 713, 3, 5, 4, 81, 'champion', 198.99, '2024-06-19 03:56:26+00', '2026-02-05 07:36:19+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_ca41f5f9cf61', NULL, '2026-06-02', 77, 2, 310.41, 652, 3, 3, 5, 70, 'loyal', 231.30, '2024-08-19 11:26:26+00', '2026-03-17 00:39:50+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_cd3c682b36e8', '117f66dadb8132cd203573319e92ad0771c9ccf6801ca0a2c4032825376418ea', '2026-06-02', 104, 4, 240.13, 493, 3, 5, 4, 81, 'champion', 172.43, '2025-01-25 16:34:45+00', '2026-02-18 00:27:46+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_cea94ba6d12f', 'e2a2adf9148efda389b54548591ec64d09381518a771adc07db667f8326bce5a', '2026-06-02', 361, 1, 154.09, 361, 1, 2, 2, 33, 'lost', 73.13, '2025-06-06 22:47:45+00', '2025-06-06 22:47:45+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_d52073139af2', '78c68dc78a2a47d629e42d70b0e4819f7c2f23c30fcc51318f285c29323b84a4', '2026-06-02', 9, 2, 164.24, 531, 5, 3, 3, 74, 'loyal', 137.71, '2024-12-18 03:17:51+00', '2026-05-24 15:41:41+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_d6bbc3ed944b', '563b6634f0f5c0d76f59115ec7d624623879d8d805a8198542dfaef81f4913fc', '2026-06-02', 210, 4, 290.18, 725, 1, 5, 5, 72, 'loyal', 172.25, '2024-06-07 02:28:53+00', '2025-11-04 04:21:00+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_d9172b86de72', 'e9c3fc505dbfcaaa01a48353f359d6a5db4609e9e19676e978b8d167b4d20d1b', '2026-06-02', 162, 1, 0.00, 498, 2, 2, 1, 35, 'lost', 0.00, '2025-01-20 09:38:01+00', '2025-12-22 08:56:05+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_dd6f2b5d177f', '4d03c69ec10b66748fc09268ba54313f7f7f8f7c91f2dae14f849d993c7f45db', '2026-06-02', 45, 2, 110.64, 676, 4, 3, 2, 62, 'loyal', 87.08, '2024-07-26 18:52:44+00', '2026-04-18 11:48:19+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_e3dce3ffd148', '4d1b0b735394c896e4bfe4fa9e25f2ec781dacad9603c63d4876da6b75b62a55', '2026-06-02', 43, 6, 377.24, 669, 4, 5, 5, 93, 'champion', 297.93, '2024-08-02 16:42:59+00', '2026-04-20 23:06:57+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_e4b3b0d46812', 'ae7be46916a75edd557a5a2003848f0690a37a9753913767facbf804cde344b9', '2026-06-02', 36, 2, 251.98, 527, 5, 3, 4, 79, 'loyal', 201.91, '2024-12-22 12:24:47+00', '2026-04-27 10:12:03+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL),
	('fleet-000011', 'cus_e6480aa075f6', '0639c9f065bd9003f96c965fe4c78d6eefb2bb6bd0b170aca90a5896e2c0ab8d', '2026-06-02', 168, 1, 18.42, 168, 2, 2, 1, 35, 'lost', 12.60, '2025-12-16 16:18:31+00', '2025-12-16 16:18:31+00', '2026-12-02 20:14:42.391397+00', 16, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_fleet_000012_04a5e028c8cf; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_fleet_000012_04a5e028c8cf VALUES
	('fleet-000012', 'cus_0884da313124', 'b226e9c9b4460e35a2d1a87e18df5f21395d9cf8d38e9daca5f8a8cd74fdef73', '2026-06-02', 3, 2, 172.84, 640, 5, 3, 3, 74, 'loyal', 146.16, '2024-08-31 12:33:28+00', '2026-05-30 06:16:20+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_0bbd88c57d1c', '746137a4fef0f23b547ec74c3f6ee9e6372eb06c7734c39bfa55fb0efe99f262', '2026-06-02', 21, 3, 98.70, 671, 5, 4, 2, 77, 'loyal', 80.94, '2024-07-31 03:47:46+00', '2026-05-12 20:25:56+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_11eeaa87da6f', 'f54be0c957aeb0be8c46567677f046cf91db68ab6a780c0048cc7c6e63c47192', '2026-06-02', 264, 2, 164.80, 698, 1, 3, 3, 46, 'at_risk', 89.20, '2024-07-04 02:36:31+00', '2025-09-11 22:29:58+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_126a2aad50d8', '25f7d37e76a77978e1ca6ce1a9d3b4db7fbbff4afc8dad1f621d56688723e56f', '2026-06-02', 260, 2, 241.17, 428, 2, 3, 4, 58, 'at_risk', 134.31, '2025-03-31 16:25:03+00', '2025-09-15 05:37:23+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_1720bae1e80e', NULL, '2026-06-02', 321, 1, 23.46, 557, 1, 2, 1, 28, 'lost', 11.52, '2024-11-22 01:10:27+00', '2025-07-16 15:17:41+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_20a197c2cd9f', '2fbc459fa3bc8dc653bc6d4479ebc12dcf67ee1c419d4a8ac0216c0c46c07e71', '2026-06-02', 51, 5, 372.69, 469, 4, 5, 5, 93, 'champion', 294.38, '2025-02-18 08:02:40+00', '2026-04-12 23:54:17+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_2ab0b71976d1', 'f301af10b2662308d35984c58208e7df45117f458d4fe8dcb1bd7530eed35ff4', '2026-06-02', 48, 4, 316.75, 516, 4, 5, 5, 93, 'champion', 249.19, '2025-01-02 12:00:46+00', '2026-04-15 23:31:58+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_2bf5ec88fac4', '45206f8111c0126d2c485ac92158d6d779f67fccc1a4097d3840ef6ef63e2d6b', '2026-06-02', 69, 5, 103.91, 725, 3, 5, 2, 71, 'loyal', 78.49, '2024-06-07 14:41:18+00', '2026-03-25 07:03:18+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_2e8a758c6a8e', '879e8e8da67ec40740c88ed943274bf678cb93da2c04e90ce546235e922a8829', '2026-06-02', 108, 3, 146.17, 678, 2, 4, 3, 61, 'loyal', 103.30, '2024-07-24 08:36:26+00', '2026-02-14 15:06:55+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_32b52ab917b4', '145d3de723b9d20c1455d7d45ee195e3468c235045477833893231313b89f79a', '2026-06-02', 8, 7, 309.21, 446, 5, 5, 4, 95, 'champion', 264.04, '2025-03-13 22:29:16+00', '2026-05-25 11:51:53+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_3336a6c05e0a', 'a1a85d43200c14cec29ee605a7d47ade55d2ac1377016de212a42d9d7c120f8b', '2026-06-02', 66, 2, 48.67, 618, 4, 3, 1, 57, 'at_risk', 36.95, '2024-09-22 23:48:22+00', '2026-03-28 18:26:47+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_34929bd112d6', '03983e02ac82222ba4ad5966930438afd624553b0636d87414615f93f486a744', '2026-06-02', 104, 2, 210.51, 724, 3, 3, 4, 65, 'loyal', 149.78, '2024-06-08 06:23:09+00', '2026-02-18 08:37:20+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_3b42544ede35', '78653dce8822436a3e26e4c4ad0642185a34e1bdf5c9fe71abdf23822b82bd8d', '2026-06-02', 316, 1, 109.47, 316, 1, 2, 2, 33, 'lost', 56.59, '2025-07-21 20:21:24+00', '2025-07-21 20:21:24+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_41aa5243c4f7', NULL, '2026-06-02', 270, 1, 85.99, 270, 1, 2, 2, 33, 'lost', 48.50, '2025-09-05 04:42:58+00', '2025-09-05 04:42:58+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_472642b8e1b9', NULL, '2026-06-02', 41, 4, 353.38, 709, 5, 5, 5, 100, 'champion', 280.04, '2024-06-23 22:42:56+00', '2026-04-22 13:05:54+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_47e5c7824a8f', 'bde235eea63ce6f06b77548d38fabca0e5243fea3cd01dd8cf093ac00893aa21', '2026-06-02', 188, 1, 11.41, 188, 2, 2, 1, 35, 'lost', 7.52, '2025-11-26 20:54:48+00', '2025-11-26 20:54:48+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_64858afd1466', 'e5f3bf6a3b5b349140d9a3849f7c488cf4d82efdbbeb09ba42b59b080951cac3', '2026-06-02', 149, 1, 20.01, 533, 2, 2, 1, 35, 'lost', 13.20, '2024-12-16 19:11:11+00', '2026-01-04 09:33:43+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_9c4fef5cdeec', 'c4e3a26b444f71216802fa07973fddfa0c0ad9ed1e30ffa89febec93e8954fef', '2026-06-02', 100, 1, 35.23, 697, 3, 2, 1, 42, 'at_risk', 25.24, '2024-07-05 17:08:55+00', '2026-02-22 00:46:20+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_9dbeae088179', NULL, '2026-06-02', 79, 4, 323.20, 714, 3, 5, 5, 86, 'champion', 240.01, '2024-06-18 11:04:04+00', '2026-03-15 08:55:09+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_a2fdffc2ac4e', NULL, '2026-06-02', 290, 2, 122.07, 572, 1, 3, 3, 46, 'at_risk', 63.20, '2024-11-07 18:29:47+00', '2025-08-16 08:32:51+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_ad1b6f7b09cc', '520d2ab7c8d3718f9fefa5f22fc62bb847f8c60ff71822636a5e393679f4542c', '2026-06-02', 19, 4, 360.63, 370, 5, 5, 5, 100, 'champion', 306.63, '2025-05-28 17:36:47+00', '2026-05-14 21:01:19+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_b0f22bab6018', '820404479d26b292aa95ef5946d7b54a10c3ba505463a2ad0584b515ae40f9a6', '2026-06-02', 141, 4, 225.72, 320, 2, 5, 4, 74, 'loyal', 157.26, '2025-07-17 06:30:16+00', '2026-01-12 22:56:54+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_b707a15e1946', NULL, '2026-06-02', 47, 2, 199.11, 672, 4, 3, 3, 67, 'loyal', 156.18, '2024-07-30 19:36:26+00', '2026-04-16 06:45:52+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_bce7f33989f6', '1f0b412631180315e49236da8d5fef6c6f9f93f19dd37e7f9de280773e854e08', '2026-06-02', 44, 4, 452.35, 621, 4, 5, 5, 93, 'champion', 356.63, '2024-09-19 04:22:39+00', '2026-04-19 17:49:24+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_d68899347365', '923b2f8074f39c7b23fe3fb2f064e1565f3dbd72a126bef98f0fdb7f287d7f83', '2026-06-02', 89, 1, 83.48, 89, 3, 2, 2, 47, 'at_risk', 66.33, '2026-03-05 09:01:09+00', '2026-03-05 09:01:09+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL),
	('fleet-000012', 'cus_f63b5bd40fa7', '2b01cbe187206c8e59dc35407b038288d7a1ed80074287b92f4d2f87b1d1dddb', '2026-06-02', 40, 3, 289.61, 623, 5, 4, 4, 87, 'champion', 229.90, '2024-09-17 19:11:12+00', '2026-04-23 00:33:22+00', '2026-12-02 20:14:42.447198+00', 20, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_history_2026_05_29; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_history_2026_05_29 VALUES
	(2001, 'fleet-000001', 'cus_0449c860d328', '2026-05-29', '2026-12-02 20:14:42.584922+00', 63, 'loyal', 220.69, 315.91, 2, 140, 2, 3, 5, 25, NULL, NULL, NULL, NULL),
	(2002, 'fleet-000001', 'cus_0470fb0735a4', '2026-05-29', '2026-12-02 20:14:42.584922+00', 86, 'champion', 365.11, 484.15, 4, 70, 3, 5, 5, 25, NULL, NULL, NULL, NULL),
	(2003, 'fleet-000001', 'cus_12bf2eac2016', '2026-05-29', '2026-12-02 20:14:42.584922+00', 28, 'lost', 4.33, 6.37, 1, 171, 1, 2, 1, 25, NULL, NULL, NULL, NULL),
	(2004, 'fleet-000001', 'cus_14205a41a5b5', '2026-05-29', '2026-12-02 20:14:42.584922+00', 47, 'at_risk', 89.70, 116.74, 1, 76, 3, 2, 2, 25, NULL, NULL, NULL, NULL),
	(2005, 'fleet-000001', 'cus_2776876fd574', '2026-05-29', '2026-12-02 20:14:42.584922+00', 95, 'champion', 203.28, 252.17, 4, 31, 5, 5, 4, 25, NULL, NULL, NULL, NULL),
	(2006, 'fleet-000001', 'cus_4b0522b25ede', '2026-05-29', '2026-12-02 20:14:42.584922+00', 82, 'champion', 96.28, 117.81, 3, 23, 5, 4, 3, 25, NULL, NULL, NULL, NULL),
	(2007, 'fleet-000001', 'cus_598aedbf5ab1', '2026-05-29', '2026-12-02 20:14:42.584922+00', 100, 'champion', 338.47, 422.03, 5, 34, 5, 5, 5, 25, NULL, NULL, NULL, NULL),
	(2008, 'fleet-000001', 'cus_5cca38da0d97', '2026-05-29', '2026-12-02 20:14:42.584922+00', 60, 'at_risk', 111.81, 160.94, 2, 118, 3, 3, 3, 25, NULL, NULL, NULL, NULL),
	(2009, 'fleet-000001', 'cus_5f649e24afcd', '2026-05-29', '2026-12-02 20:14:42.584922+00', 28, 'lost', 3.31, 6.90, 1, 335, 1, 2, 1, 25, NULL, NULL, NULL, NULL),
	(2010, 'fleet-000001', 'cus_6ea8f374b71e', '2026-05-29', '2026-12-02 20:14:42.584922+00', 88, 'champion', 183.91, 240.97, 5, 63, 4, 5, 4, 25, NULL, NULL, NULL, NULL),
	(2011, 'fleet-000001', 'cus_796a013cf1fe', '2026-05-29', '2026-12-02 20:14:42.584922+00', 28, 'lost', 4.53, 8.18, 1, 250, 1, 2, 1, 25, NULL, NULL, NULL, NULL),
	(2012, 'fleet-000001', 'cus_7ae595e30fda', '2026-05-29', '2026-12-02 20:14:42.584922+00', 87, 'champion', 204.80, 252.33, 3, 27, 5, 4, 4, 25, NULL, NULL, NULL, NULL),
	(2013, 'fleet-000001', 'cus_827ee6e21a7f', '2026-05-29', '2026-12-02 20:14:42.584922+00', 53, 'at_risk', 89.56, 135.01, 2, 145, 2, 3, 3, 25, NULL, NULL, NULL, NULL),
	(2014, 'fleet-000001', 'cus_9181a848b1f3', '2026-05-29', '2026-12-02 20:14:42.584922+00', 28, 'lost', 19.59, 30.54, 1, 171, 1, 2, 1, 25, NULL, NULL, NULL, NULL),
	(2015, 'fleet-000001', 'cus_92a95ed86f3b', '2026-05-29', '2026-12-02 20:14:42.584922+00', 40, 'lost', 50.87, 71.17, 1, 145, 2, 2, 2, 25, NULL, NULL, NULL, NULL),
	(2016, 'fleet-000001', 'cus_9b9065b3ba2c', '2026-05-29', '2026-12-02 20:14:42.584922+00', 86, 'champion', 346.91, 473.59, 5, 87, 3, 5, 5, 25, NULL, NULL, NULL, NULL),
	(2017, 'fleet-000001', 'cus_a9857b216786', '2026-05-29', '2026-12-02 20:14:42.584922+00', 45, 'at_risk', 79.64, 118.22, 1, 136, 2, 2, 3, 25, NULL, NULL, NULL, NULL),
	(2018, 'fleet-000001', 'cus_aa58951da4f7', '2026-05-29', '2026-12-02 20:14:42.584922+00', 52, 'at_risk', 105.86, 146.25, 1, 94, 3, 2, 3, 25, NULL, NULL, NULL, NULL),
	(2019, 'fleet-000001', 'cus_aee0e4431f15', '2026-05-29', '2026-12-02 20:14:42.584922+00', 92, 'champion', 309.97, 376.71, 3, 19, 5, 4, 5, 25, NULL, NULL, NULL, NULL),
	(2020, 'fleet-000001', 'cus_bb14aaf15a98', '2026-05-29', '2026-12-02 20:14:42.584922+00', 69, 'loyal', 132.17, 193.54, 4, 128, 2, 5, 3, 25, NULL, NULL, NULL, NULL),
	(2021, 'fleet-000001', 'cus_d0bd571dc19c', '2026-05-29', '2026-12-02 20:14:42.584922+00', 88, 'champion', 201.96, 256.60, 4, 45, 4, 5, 4, 25, NULL, NULL, NULL, NULL),
	(2022, 'fleet-000001', 'cus_d0c8af7c2b3b', '2026-05-29', '2026-12-02 20:14:42.584922+00', 58, 'at_risk', 26.78, 37.12, 3, 96, 3, 4, 1, 25, NULL, NULL, NULL, NULL),
	(2023, 'fleet-000001', 'cus_d82eea4f7eef', '2026-05-29', '2026-12-02 20:14:42.584922+00', 85, 'champion', 90.82, 110.75, 4, 21, 5, 5, 2, 25, NULL, NULL, NULL, NULL),
	(2024, 'fleet-000001', 'cus_def474a313bf', '2026-05-29', '2026-12-02 20:14:42.584922+00', 70, 'loyal', 71.39, 90.86, 3, 46, 4, 4, 2, 25, NULL, NULL, NULL, NULL),
	(2025, 'fleet-000001', 'cus_ebf456887ba5', '2026-05-29', '2026-12-02 20:14:42.584922+00', 48, 'at_risk', 38.62, 56.52, 2, 141, 2, 3, 2, 25, NULL, NULL, NULL, NULL),
	(2026, 'fleet-000001', 'cus_ec9bf698f00b', '2026-05-29', '2026-12-02 20:14:42.584922+00', 80, 'loyal', 159.55, 199.62, 3, 69, 4, 4, 4, 25, NULL, NULL, NULL, NULL),
	(2027, 'fleet-000001', 'cus_f2e804e45e1d', '2026-05-29', '2026-12-02 20:14:42.584922+00', 93, 'champion', 219.21, 280.43, 4, 49, 4, 5, 5, 25, NULL, NULL, NULL, NULL),
	(2055, 'fleet-000007', 'cus_0dab3695ea1d', '2026-05-29', '2026-12-02 20:14:42.600604+00', 88, 'champion', 227.05, 277.62, 4, 49, 4, 5, 4, 27, NULL, NULL, NULL, NULL),
	(2056, 'fleet-000007', 'cus_162e15d9863f', '2026-05-29', '2026-12-02 20:14:42.600604+00', 35, 'lost', 29.55, 41.32, 1, 101, 2, 2, 1, 27, NULL, NULL, NULL, NULL),
	(2057, 'fleet-000007', 'cus_223241d3c541', '2026-05-29', '2026-12-02 20:14:42.600604+00', 86, 'champion', 393.24, 513.49, 5, 61, 3, 5, 5, 27, NULL, NULL, NULL, NULL),
	(2058, 'fleet-000007', 'cus_253a44f71ded', '2026-05-29', '2026-12-02 20:14:42.600604+00', 69, 'loyal', 53.16, 59.55, 2, 8, 5, 3, 2, 27, NULL, NULL, NULL, NULL),
	(2059, 'fleet-000007', 'cus_2a1aea3fe716', '2026-05-29', '2026-12-02 20:14:42.600604+00', 68, 'loyal', 153.49, 199.40, 3, 58, 3, 4, 3, 27, NULL, NULL, NULL, NULL),
	(2060, 'fleet-000007', 'cus_37ecb1877383', '2026-05-29', '2026-12-02 20:14:42.600604+00', 68, 'loyal', 150.36, 191.95, 3, 75, 3, 4, 3, 27, NULL, NULL, NULL, NULL),
	(2061, 'fleet-000007', 'cus_3b52593c72e9', '2026-05-29', '2026-12-02 20:14:42.600604+00', 88, 'champion', 242.14, 314.03, 4, 57, 4, 5, 4, 27, NULL, NULL, NULL, NULL),
	(2062, 'fleet-000007', 'cus_46edf7b1f801', '2026-05-29', '2026-12-02 20:14:42.600604+00', 28, 'lost', 15.83, 24.86, 1, 170, 1, 2, 1, 27, NULL, NULL, NULL, NULL),
	(2063, 'fleet-000007', 'cus_54f19df04f09', '2026-05-29', '2026-12-02 20:14:42.600604+00', 68, 'loyal', 121.66, 167.80, 3, 93, 3, 4, 3, 27, NULL, NULL, NULL, NULL),
	(2064, 'fleet-000007', 'cus_593b73dcbde9', '2026-05-29', '2026-12-02 20:14:42.600604+00', 74, 'loyal', 135.04, 206.72, 4, 154, 2, 5, 4, 27, NULL, NULL, NULL, NULL),
	(2065, 'fleet-000007', 'cus_60e5d2752bc6', '2026-05-29', '2026-12-02 20:14:42.600604+00', 95, 'champion', 247.21, 307.19, 4, 32, 5, 5, 4, 27, NULL, NULL, NULL, NULL),
	(2066, 'fleet-000007', 'cus_6dd6c9f6fa7d', '2026-05-29', '2026-12-02 20:14:42.600604+00', 62, 'loyal', 47.82, 56.28, 2, 43, 4, 3, 2, 27, NULL, NULL, NULL, NULL),
	(2067, 'fleet-000007', 'cus_7472decfde9e', '2026-05-29', '2026-12-02 20:14:42.600604+00', 43, 'at_risk', 29.53, 40.75, 2, 124, 2, 3, 1, 27, NULL, NULL, NULL, NULL),
	(2068, 'fleet-000007', 'cus_7c959cb9321a', '2026-05-29', '2026-12-02 20:14:42.600604+00', 68, 'loyal', 146.35, 199.98, 3, 88, 3, 4, 3, 27, NULL, NULL, NULL, NULL),
	(2069, 'fleet-000007', 'cus_824f5271a873', '2026-05-29', '2026-12-02 20:14:42.600604+00', 50, 'at_risk', 36.08, 48.67, 2, 80, 3, 3, 1, 27, NULL, NULL, NULL, NULL),
	(2070, 'fleet-000007', 'cus_8f999ddc20b3', '2026-05-29', '2026-12-02 20:14:42.600604+00', 28, 'lost', 17.46, 35.99, 1, 328, 1, 2, 1, 27, NULL, NULL, NULL, NULL),
	(2071, 'fleet-000007', 'cus_96efa2c28220', '2026-05-29', '2026-12-02 20:14:42.600604+00', 93, 'champion', 438.03, 550.86, 6, 39, 4, 5, 5, 27, NULL, NULL, NULL, NULL),
	(2072, 'fleet-000007', 'cus_985d8e866ef0', '2026-05-29', '2026-12-02 20:14:42.600604+00', 100, 'champion', 452.03, 533.68, 6, 25, 5, 5, 5, 27, NULL, NULL, NULL, NULL),
	(2073, 'fleet-000007', 'cus_9e2bdd2f33bd', '2026-05-29', '2026-12-02 20:14:42.600604+00', 100, 'champion', 288.64, 340.74, 4, 2, 5, 5, 5, 27, NULL, NULL, NULL, NULL),
	(2074, 'fleet-000007', 'cus_a1a3e57d5b69', '2026-05-29', '2026-12-02 20:14:42.600604+00', 40, 'lost', 44.62, 62.17, 1, 99, 2, 2, 2, 27, NULL, NULL, NULL, NULL),
	(2075, 'fleet-000007', 'cus_a57726e1fe44', '2026-05-29', '2026-12-02 20:14:42.600604+00', 93, 'champion', 367.73, 464.83, 6, 42, 4, 5, 5, 27, NULL, NULL, NULL, NULL),
	(2076, 'fleet-000007', 'cus_b45d77fa209c', '2026-05-29', '2026-12-02 20:14:42.600604+00', 33, 'lost', 38.61, 71.09, 1, 262, 1, 2, 2, 27, NULL, NULL, NULL, NULL),
	(2077, 'fleet-000007', 'cus_b59be28c37b7', '2026-05-29', '2026-12-02 20:14:42.600604+00', 82, 'champion', 75.53, 91.63, 3, 18, 5, 4, 3, 27, NULL, NULL, NULL, NULL),
	(2078, 'fleet-000007', 'cus_cd54ffe7d4a4', '2026-05-29', '2026-12-02 20:14:42.600604+00', 87, 'champion', 222.87, 277.89, 3, 34, 5, 4, 4, 27, NULL, NULL, NULL, NULL),
	(2079, 'fleet-000007', 'cus_d22e2ce9601d', '2026-05-29', '2026-12-02 20:14:42.600604+00', 79, 'loyal', 215.76, 333.71, 5, 160, 2, 5, 5, 27, NULL, NULL, NULL, NULL),
	(2080, 'fleet-000007', 'cus_f5049de7593d', '2026-05-29', '2026-12-02 20:14:42.600604+00', 46, 'at_risk', 104.02, 168.77, 2, 188, 1, 3, 3, 27, NULL, NULL, NULL, NULL),
	(2081, 'fleet-000007', 'cus_fe75a3fcc929', '2026-05-29', '2026-12-02 20:14:42.600604+00', 33, 'lost', 32.58, 58.97, 1, 281, 1, 2, 2, 27, NULL, NULL, NULL, NULL),
	(2109, 'fleet-000004', 'cus_0b7119ffcf81', '2026-05-29', '2026-12-02 20:14:42.612857+00', 28, 'lost', 4.46, 9.37, 1, 339, 1, 2, 1, 29, NULL, NULL, NULL, NULL),
	(2110, 'fleet-000004', 'cus_12c820070693', '2026-05-29', '2026-12-02 20:14:42.612857+00', 64, 'loyal', 0.00, 0.00, 2, 24, 5, 3, 1, 29, NULL, NULL, NULL, NULL),
	(2111, 'fleet-000004', 'cus_1909fe69a41e', '2026-05-29', '2026-12-02 20:14:42.612857+00', 88, 'champion', 163.26, 225.95, 6, 95, 4, 5, 4, 29, NULL, NULL, NULL, NULL),
	(2112, 'fleet-000004', 'cus_2c3aca6177a9', '2026-05-29', '2026-12-02 20:14:42.612857+00', 87, 'champion', 149.78, 183.59, 3, 24, 5, 4, 4, 29, NULL, NULL, NULL, NULL),
	(2113, 'fleet-000004', 'cus_326ecb28b400', '2026-05-29', '2026-12-02 20:14:42.612857+00', 93, 'champion', 225.83, 284.49, 6, 40, 4, 5, 5, 29, NULL, NULL, NULL, NULL),
	(2114, 'fleet-000004', 'cus_3b19e2a499d2', '2026-05-29', '2026-12-02 20:14:42.612857+00', 86, 'champion', 335.15, 469.19, 4, 120, 3, 5, 5, 29, NULL, NULL, NULL, NULL),
	(2115, 'fleet-000004', 'cus_4533080003c1', '2026-05-29', '2026-12-02 20:14:42.612857+00', 53, 'at_risk', 88.21, 142.90, 2, 213, 2, 3, 3, 29, NULL, NULL, NULL, NULL),
	(2116, 'fleet-000004', 'cus_486c018a282f', '2026-05-29', '2026-12-02 20:14:42.612857+00', 45, 'at_risk', 83.19, 124.55, 1, 141, 2, 2, 3, 29, NULL, NULL, NULL, NULL),
	(2117, 'fleet-000004', 'cus_53c47c723e96', '2026-05-29', '2026-12-02 20:14:42.612857+00', 74, 'loyal', 151.75, 247.90, 4, 192, 2, 5, 4, 29, NULL, NULL, NULL, NULL),
	(2118, 'fleet-000004', 'cus_61ed783e0ab2', '2026-05-29', '2026-12-02 20:14:42.612857+00', 84, 'champion', 246.97, 302.21, 2, 23, 5, 3, 5, 29, NULL, NULL, NULL, NULL),
	(2119, 'fleet-000004', 'cus_61f1280455e1', '2026-05-29', '2026-12-02 20:14:42.612857+00', 73, 'loyal', 192.92, 268.37, 3, 98, 3, 4, 4, 29, NULL, NULL, NULL, NULL),
	(2120, 'fleet-000004', 'cus_6261cc3d91bc', '2026-05-29', '2026-12-02 20:14:42.612857+00', 41, 'at_risk', 18.52, 32.88, 2, 248, 1, 3, 2, 29, NULL, NULL, NULL, NULL),
	(2121, 'fleet-000004', 'cus_7c67a660b828', '2026-05-29', '2026-12-02 20:14:42.612857+00', 46, 'at_risk', 69.62, 132.81, 2, 306, 1, 3, 3, 29, NULL, NULL, NULL, NULL),
	(2122, 'fleet-000004', 'cus_7c7eda67038d', '2026-05-29', '2026-12-02 20:14:42.612857+00', 87, 'champion', 200.79, 238.66, 3, 6, 5, 4, 4, 29, NULL, NULL, NULL, NULL),
	(2123, 'fleet-000004', 'cus_a74f88cd54b9', '2026-05-29', '2026-12-02 20:14:42.612857+00', 35, 'lost', 9.01, 14.77, 1, 194, 2, 2, 1, 29, NULL, NULL, NULL, NULL),
	(2124, 'fleet-000004', 'cus_afcadf4fe57a', '2026-05-29', '2026-12-02 20:14:42.612857+00', 93, 'champion', 394.22, 487.32, 5, 43, 4, 5, 5, 29, NULL, NULL, NULL, NULL),
	(2125, 'fleet-000004', 'cus_bc2077e2e63b', '2026-05-29', '2026-12-02 20:14:42.612857+00', 55, 'at_risk', 69.19, 99.51, 2, 139, 3, 3, 2, 29, NULL, NULL, NULL, NULL),
	(2126, 'fleet-000004', 'cus_c2dc736fc45c', '2026-05-29', '2026-12-02 20:14:42.612857+00', 40, 'lost', 27.15, 45.43, 1, 206, 2, 2, 2, 29, NULL, NULL, NULL, NULL),
	(2127, 'fleet-000004', 'cus_d0123d185f9d', '2026-05-29', '2026-12-02 20:14:42.612857+00', 75, 'loyal', 134.64, 171.95, 3, 48, 4, 4, 3, 29, NULL, NULL, NULL, NULL),
	(2128, 'fleet-000004', 'cus_d2710446f979', '2026-05-29', '2026-12-02 20:14:42.612857+00', 100, 'champion', 405.07, 496.51, 6, 24, 5, 5, 5, 29, NULL, NULL, NULL, NULL),
	(2129, 'fleet-000004', 'cus_d403a4e31d83', '2026-05-29', '2026-12-02 20:14:42.612857+00', 33, 'lost', 41.92, 81.56, 1, 319, 1, 2, 2, 29, NULL, NULL, NULL, NULL),
	(2130, 'fleet-000004', 'cus_dd81dc916854', '2026-05-29', '2026-12-02 20:14:42.612857+00', 100, 'champion', 294.00, 362.23, 4, 27, 5, 5, 5, 29, NULL, NULL, NULL, NULL),
	(2131, 'fleet-000004', 'cus_e4a7803cedf0', '2026-05-29', '2026-12-02 20:14:42.612857+00', 55, 'at_risk', 87.62, 123.36, 2, 105, 3, 3, 2, 29, NULL, NULL, NULL, NULL),
	(2132, 'fleet-000004', 'cus_ef93dfaf469b', '2026-05-29', '2026-12-02 20:14:42.612857+00', 83, 'champion', 133.27, 179.16, 5, 78, 4, 5, 3, 29, NULL, NULL, NULL, NULL),
	(2133, 'fleet-000004', 'cus_f4a9b4147a8b', '2026-05-29', '2026-12-02 20:14:42.612857+00', 42, 'at_risk', 9.98, 13.77, 1, 96, 3, 2, 1, 29, NULL, NULL, NULL, NULL),
	(2134, 'fleet-000004', 'cus_f99e7ae69427', '2026-05-29', '2026-12-02 20:14:42.612857+00', 28, 'lost', 2.46, 5.03, 1, 324, 1, 2, 1, 29, NULL, NULL, NULL, NULL),
	(2161, 'fleet-000011', 'cus_06eef6eacc62', '2026-05-29', '2026-12-02 20:14:42.626041+00', 41, 'at_risk', 57.69, 93.13, 2, 185, 1, 3, 2, 31, NULL, NULL, NULL, NULL),
	(2162, 'fleet-000011', 'cus_0b172c462fb3', '2026-05-29', '2026-12-02 20:14:42.626041+00', 76, 'loyal', 162.24, 220.92, 4, 117, 3, 5, 3, 31, NULL, NULL, NULL, NULL),
	(2163, 'fleet-000011', 'cus_0fbbd14791d5', '2026-05-29', '2026-12-02 20:14:42.626041+00', 64, 'loyal', 80.55, 121.63, 4, 146, 2, 5, 2, 31, NULL, NULL, NULL, NULL),
	(2164, 'fleet-000011', 'cus_1d586ed3bf2f', '2026-05-29', '2026-12-02 20:14:42.626041+00', 83, 'champion', 142.82, 179.30, 4, 38, 4, 5, 3, 31, NULL, NULL, NULL, NULL),
	(2165, 'fleet-000011', 'cus_2b0471c5d5cf', '2026-05-29', '2026-12-02 20:14:42.626041+00', 100, 'champion', 241.43, 290.92, 4, 14, 5, 5, 5, 31, NULL, NULL, NULL, NULL),
	(2166, 'fleet-000011', 'cus_3f18e8b37750', '2026-05-29', '2026-12-02 20:14:42.626041+00', 20, 'new', 48.33, 89.29, 1, 264, 1, 1, 1, 31, NULL, NULL, NULL, NULL),
	(2167, 'fleet-000011', 'cus_55cd02e50b32', '2026-05-29', '2026-12-02 20:14:42.626041+00', 93, 'champion', 271.06, 348.55, 5, 52, 4, 5, 5, 31, NULL, NULL, NULL, NULL),
	(2168, 'fleet-000011', 'cus_5abbd111932c', '2026-05-29', '2026-12-02 20:14:42.626041+00', 95, 'champion', 229.18, 273.34, 4, 8, 5, 5, 4, 31, NULL, NULL, NULL, NULL),
	(2169, 'fleet-000011', 'cus_60c30cc2e08d', '2026-05-29', '2026-12-02 20:14:42.626041+00', 20, 'new', 25.28, 39.78, 1, 170, 1, 1, 1, 31, NULL, NULL, NULL, NULL),
	(2170, 'fleet-000011', 'cus_64db250047bf', '2026-05-29', '2026-12-02 20:14:42.626041+00', 60, 'at_risk', 125.55, 178.57, 3, 111, 3, 3, 3, 31, NULL, NULL, NULL, NULL),
	(2171, 'fleet-000011', 'cus_738f160ed71b', '2026-05-29', '2026-12-02 20:14:42.626041+00', 100, 'champion', 411.86, 494.59, 6, 12, 5, 5, 5, 31, NULL, NULL, NULL, NULL),
	(2172, 'fleet-000011', 'cus_942575ebe021', '2026-05-29', '2026-12-02 20:14:42.626041+00', 41, 'at_risk', 59.88, 76.60, 1, 49, 4, 1, 1, 31, NULL, NULL, NULL, NULL),
	(2173, 'fleet-000011', 'cus_998162dd4af3', '2026-05-29', '2026-12-02 20:14:42.626041+00', 95, 'champion', 219.52, 267.70, 4, 21, 5, 5, 4, 31, NULL, NULL, NULL, NULL),
	(2174, 'fleet-000011', 'cus_9d6d6ece495b', '2026-05-29', '2026-12-02 20:14:42.626041+00', 53, 'at_risk', 153.83, 238.74, 2, 162, 2, 3, 3, 31, NULL, NULL, NULL, NULL),
	(2175, 'fleet-000011', 'cus_abc78e76d075', '2026-05-29', '2026-12-02 20:14:42.626041+00', 48, 'at_risk', 62.87, 91.31, 2, 132, 2, 3, 2, 31, NULL, NULL, NULL, NULL),
	(2176, 'fleet-000011', 'cus_c4f6f5f0393d', '2026-05-29', '2026-12-02 20:14:42.626041+00', 81, 'champion', 200.36, 285.95, 4, 113, 3, 5, 4, 31, NULL, NULL, NULL, NULL),
	(2177, 'fleet-000011', 'cus_ca41f5f9cf61', '2026-05-29', '2026-12-02 20:14:42.626041+00', 70, 'loyal', 232.89, 310.41, 2, 73, 3, 3, 5, 31, NULL, NULL, NULL, NULL),
	(2178, 'fleet-000011', 'cus_cd3c682b36e8', '2026-05-29', '2026-12-02 20:14:42.626041+00', 81, 'champion', 173.75, 240.13, 4, 100, 3, 5, 4, 31, NULL, NULL, NULL, NULL),
	(2179, 'fleet-000011', 'cus_cea94ba6d12f', '2026-05-29', '2026-12-02 20:14:42.626041+00', 25, 'lost', 73.69, 154.09, 1, 357, 1, 1, 2, 31, NULL, NULL, NULL, NULL),
	(2180, 'fleet-000011', 'cus_d52073139af2', '2026-05-29', '2026-12-02 20:14:42.626041+00', 74, 'loyal', 138.77, 164.24, 2, 5, 5, 3, 3, 31, NULL, NULL, NULL, NULL),
	(2181, 'fleet-000011', 'cus_d6bbc3ed944b', '2026-05-29', '2026-12-02 20:14:42.626041+00', 72, 'loyal', 173.43, 290.18, 4, 206, 1, 5, 5, 31, NULL, NULL, NULL, NULL),
	(2182, 'fleet-000011', 'cus_d9172b86de72', '2026-05-29', '2026-12-02 20:14:42.626041+00', 43, 'at_risk', 55.55, 84.85, 2, 158, 2, 3, 1, 31, NULL, NULL, NULL, NULL),
	(2183, 'fleet-000011', 'cus_dd6f2b5d177f', '2026-05-29', '2026-12-02 20:14:42.626041+00', 62, 'loyal', 87.68, 110.64, 2, 41, 4, 3, 2, 31, NULL, NULL, NULL, NULL),
	(2184, 'fleet-000011', 'cus_e3dce3ffd148', '2026-05-29', '2026-12-02 20:14:42.626041+00', 93, 'champion', 299.97, 377.24, 6, 39, 4, 5, 5, 31, NULL, NULL, NULL, NULL),
	(2185, 'fleet-000011', 'cus_e4b3b0d46812', '2026-05-29', '2026-12-02 20:14:42.626041+00', 79, 'loyal', 203.46, 251.98, 2, 32, 5, 3, 4, 31, NULL, NULL, NULL, NULL),
	(2186, 'fleet-000011', 'cus_e6480aa075f6', '2026-05-29', '2026-12-02 20:14:42.626041+00', 27, 'lost', 12.70, 18.42, 1, 164, 2, 1, 1, 31, NULL, NULL, NULL, NULL),
	(2213, 'Café Ünïcode', 'cus_06133d9073ef', '2026-05-29', '2026-12-02 20:14:42.639128+00', 66, 'loyal', 129.15, 200.06, 2, 169, 2, 4, 4, 33, NULL, NULL, NULL, NULL),
	(2214, 'Café Ünïcode', 'cus_0dfa50bc7dbf', '2026-05-29', '2026-12-02 20:14:42.639128+00', 81, 'champion', 174.99, 247.20, 3, 107, 3, 5, 4, 33, NULL, NULL, NULL, NULL),
	(2215, 'Café Ünïcode', 'cus_14ebcf7db029', '2026-05-29', '2026-12-02 20:14:42.639128+00', 75, 'loyal', 127.46, 165.02, 2, 56, 4, 4, 3, 33, NULL, NULL, NULL, NULL),
	(2216, 'Café Ünïcode', 'cus_196f2739157a', '2026-05-29', '2026-12-02 20:14:42.639128+00', 92, 'champion', 222.46, 265.32, 2, 8, 5, 4, 5, 33, NULL, NULL, NULL, NULL),
	(2217, 'Café Ünïcode', 'cus_1eea22a4b901', '2026-05-29', '2026-12-02 20:14:42.639128+00', 93, 'champion', 480.57, 605.21, 4, 78, 4, 5, 5, 33, NULL, NULL, NULL, NULL),
	(2218, 'Café Ünïcode', 'cus_2d28ffbc2a04', '2026-05-29', '2026-12-02 20:14:42.639128+00', 74, 'loyal', 154.50, 248.12, 3, 185, 2, 5, 4, 33, NULL, NULL, NULL, NULL),
	(2219, 'Café Ünïcode', 'cus_32421d7d151e', '2026-05-29', '2026-12-02 20:14:42.639128+00', 61, 'loyal', 80.87, 128.26, 2, 181, 2, 4, 3, 33, NULL, NULL, NULL, NULL),
	(2220, 'Café Ünïcode', 'cus_595c31a03e2b', '2026-05-29', '2026-12-02 20:14:42.639128+00', 28, 'lost', 5.01, 9.97, 1, 307, 1, 2, 1, 33, NULL, NULL, NULL, NULL),
	(2221, 'Café Ünïcode', 'cus_5e52db6af860', '2026-05-29', '2026-12-02 20:14:42.639128+00', 65, 'loyal', 40.10, 51.83, 2, 55, 4, 4, 1, 33, NULL, NULL, NULL, NULL),
	(2222, 'Café Ünïcode', 'cus_67bc486bf422', '2026-05-29', '2026-12-02 20:14:42.639128+00', 85, 'champion', 215.25, 278.68, 2, 56, 4, 4, 5, 33, NULL, NULL, NULL, NULL),
	(2223, 'Café Ünïcode', 'cus_68519c6d37a3', '2026-05-29', '2026-12-02 20:14:42.639128+00', 52, 'at_risk', 0.00, 0.00, 3, 224, 1, 5, 1, 33, NULL, NULL, NULL, NULL),
	(2224, 'Café Ünïcode', 'cus_786630c0dba5', '2026-05-29', '2026-12-02 20:14:42.639128+00', 47, 'at_risk', 54.87, 82.15, 1, 141, 3, 2, 2, 33, NULL, NULL, NULL, NULL),
	(2225, 'Café Ünïcode', 'cus_8407d81e85db', '2026-05-29', '2026-12-02 20:14:42.639128+00', 33, 'lost', 33.00, 67.84, 1, 348, 1, 2, 2, 33, NULL, NULL, NULL, NULL),
	(2226, 'Café Ünïcode', 'cus_855f8e3b95a3', '2026-05-29', '2026-12-02 20:14:42.639128+00', 76, 'loyal', 93.48, 133.87, 3, 115, 3, 5, 3, 33, NULL, NULL, NULL, NULL),
	(2227, 'Café Ünïcode', 'cus_a0295af9952c', '2026-05-29', '2026-12-02 20:14:42.639128+00', 100, 'champion', 263.90, 322.92, 4, 23, 5, 5, 5, 33, NULL, NULL, NULL, NULL),
	(2228, 'Café Ünïcode', 'cus_a0a13454876e', '2026-05-29', '2026-12-02 20:14:42.639128+00', 68, 'loyal', 111.13, 163.28, 2, 130, 3, 4, 3, 33, NULL, NULL, NULL, NULL),
	(2229, 'Café Ünïcode', 'cus_b284a31aa05a', '2026-05-29', '2026-12-02 20:14:42.639128+00', 56, 'at_risk', 38.55, 62.23, 2, 185, 2, 4, 2, 33, NULL, NULL, NULL, NULL),
	(2230, 'Café Ünïcode', 'cus_b33a1ce468b6', '2026-05-29', '2026-12-02 20:14:42.639128+00', 100, 'champion', 250.36, 323.03, 3, 54, 5, 5, 5, 33, NULL, NULL, NULL, NULL),
	(2231, 'Café Ünïcode', 'cus_b47b1cae4902', '2026-05-29', '2026-12-02 20:14:42.639128+00', 56, 'at_risk', 10.77, 13.05, 1, 17, 5, 2, 1, 33, NULL, NULL, NULL, NULL),
	(2232, 'Café Ünïcode', 'cus_bb4344b3a280', '2026-05-29', '2026-12-02 20:14:42.639128+00', 95, 'champion', 211.90, 252.30, 4, 7, 5, 5, 4, 33, NULL, NULL, NULL, NULL),
	(2233, 'Café Ünïcode', 'cus_c452353e338a', '2026-05-29', '2026-12-02 20:14:42.639128+00', 33, 'lost', 72.25, 123.81, 1, 220, 1, 2, 2, 33, NULL, NULL, NULL, NULL),
	(2234, 'Café Ünïcode', 'cus_c9788b6cd254', '2026-05-29', '2026-12-02 20:14:42.639128+00', 45, 'at_risk', 83.35, 133.94, 1, 188, 2, 2, 3, 33, NULL, NULL, NULL, NULL),
	(2235, 'Café Ünïcode', 'cus_cef2aefe9f62', '2026-05-29', '2026-12-02 20:14:42.639128+00', 80, 'loyal', 179.08, 235.05, 2, 64, 4, 4, 4, 33, NULL, NULL, NULL, NULL),
	(2236, 'Café Ünïcode', 'cus_d70c72dc7314', '2026-05-29', '2026-12-02 20:14:42.639128+00', 42, 'at_risk', 8.09, 11.60, 1, 116, 3, 2, 1, 33, NULL, NULL, NULL, NULL),
	(2237, 'Café Ünïcode', 'cus_d76432d548dd', '2026-05-29', '2026-12-02 20:14:42.639128+00', 85, 'champion', 80.37, 98.18, 4, 22, 5, 5, 2, 33, NULL, NULL, NULL, NULL),
	(2238, 'Café Ünïcode', 'cus_f0933e27ad22', '2026-05-29', '2026-12-02 20:14:42.639128+00', 72, 'loyal', 201.49, 359.77, 3, 244, 1, 5, 5, 33, NULL, NULL, NULL, NULL),
	(2265, 'fleet-000008', 'cus_0f70aa2da318', '2026-05-29', '2026-12-02 20:14:42.652211+00', 77, 'loyal', 22.83, 29.25, 3, 50, 5, 4, 2, 35, NULL, NULL, NULL, NULL),
	(2266, 'fleet-000008', 'cus_11f802251f76', '2026-05-29', '2026-12-02 20:14:42.652211+00', 38, 'lost', 81.81, 131.60, 1, 183, 1, 2, 3, 35, NULL, NULL, NULL, NULL),
	(2267, 'fleet-000008', 'cus_129c307efa0a', '2026-05-29', '2026-12-02 20:14:42.652211+00', 82, 'champion', 88.74, 102.01, 3, 26, 5, 4, 3, 35, NULL, NULL, NULL, NULL),
	(2268, 'fleet-000008', 'cus_14044d6e7559', '2026-05-29', '2026-12-02 20:14:42.652211+00', 40, 'lost', 53.18, 83.52, 1, 169, 2, 2, 2, 35, NULL, NULL, NULL, NULL),
	(2269, 'fleet-000008', 'cus_16918f21c7a0', '2026-05-29', '2026-12-02 20:14:42.652211+00', 95, 'champion', 166.97, 197.11, 4, 2, 5, 5, 4, 35, NULL, NULL, NULL, NULL),
	(2270, 'fleet-000008', 'cus_1c13a13d74d2', '2026-05-29', '2026-12-02 20:14:42.652211+00', 65, 'loyal', 123.85, 171.69, 2, 96, 3, 3, 4, 35, NULL, NULL, NULL, NULL),
	(2271, 'fleet-000008', 'cus_21dd84886ba9', '2026-05-29', '2026-12-02 20:14:42.652211+00', 67, 'loyal', 100.33, 136.97, 2, 87, 4, 3, 3, 35, NULL, NULL, NULL, NULL),
	(2272, 'fleet-000008', 'cus_2972bf74710b', '2026-05-29', '2026-12-02 20:14:42.652211+00', 81, 'champion', 149.59, 216.37, 4, 150, 3, 5, 4, 35, NULL, NULL, NULL, NULL),
	(2273, 'fleet-000008', 'cus_2e56139a68b9', '2026-05-29', '2026-12-02 20:14:42.652211+00', 49, 'at_risk', 49.82, 79.60, 3, 202, 1, 4, 2, 35, NULL, NULL, NULL, NULL),
	(2274, 'fleet-000008', 'cus_51d55726f1ae', '2026-05-29', '2026-12-02 20:14:42.652211+00', 55, 'at_risk', 56.52, 84.04, 2, 137, 3, 3, 2, 35, NULL, NULL, NULL, NULL),
	(2275, 'fleet-000008', 'cus_551aa99ab4e6', '2026-05-29', '2026-12-02 20:14:42.652211+00', 49, 'at_risk', 9.63, 11.56, 1, 64, 4, 2, 1, 35, NULL, NULL, NULL, NULL),
	(2276, 'fleet-000008', 'cus_55a1ff48dbb7', '2026-05-29', '2026-12-02 20:14:42.652211+00', 56, 'at_risk', 5.59, 6.43, 1, 41, 5, 2, 1, 35, NULL, NULL, NULL, NULL),
	(2277, 'fleet-000008', 'cus_6b3f640716b7', '2026-05-29', '2026-12-02 20:14:42.652211+00', 79, 'loyal', 159.18, 193.78, 2, 20, 5, 3, 4, 35, NULL, NULL, NULL, NULL),
	(2278, 'fleet-000008', 'cus_7454810c61b3', '2026-05-29', '2026-12-02 20:14:42.652211+00', 56, 'at_risk', 47.75, 72.85, 3, 152, 2, 4, 2, 35, NULL, NULL, NULL, NULL),
	(2279, 'fleet-000008', 'cus_812cddc9f626', '2026-05-29', '2026-12-02 20:14:42.652211+00', 42, 'at_risk', 14.38, 20.23, 1, 148, 3, 2, 1, 35, NULL, NULL, NULL, NULL),
	(2280, 'fleet-000008', 'cus_a8e43d719cab', '2026-05-29', '2026-12-02 20:14:42.652211+00', 79, 'loyal', 196.69, 306.82, 4, 165, 2, 5, 5, 35, NULL, NULL, NULL, NULL),
	(2281, 'fleet-000008', 'cus_a9f25b95771a', '2026-05-29', '2026-12-02 20:14:42.652211+00', 76, 'loyal', 74.37, 102.75, 4, 94, 3, 5, 3, 35, NULL, NULL, NULL, NULL),
	(2282, 'fleet-000008', 'cus_ad59d83f7876', '2026-05-29', '2026-12-02 20:14:42.652211+00', 79, 'loyal', 203.91, 319.17, 5, 167, 2, 5, 5, 35, NULL, NULL, NULL, NULL),
	(2283, 'fleet-000008', 'cus_b53b26c18dbc', '2026-05-29', '2026-12-02 20:14:42.652211+00', 28, 'lost', 11.23, 22.64, 1, 315, 1, 2, 1, 35, NULL, NULL, NULL, NULL),
	(2284, 'fleet-000008', 'cus_bbdd6917cad8', '2026-05-29', '2026-12-02 20:14:42.652211+00', 28, 'lost', 4.49, 7.09, 1, 172, 1, 2, 1, 35, NULL, NULL, NULL, NULL),
	(2285, 'fleet-000008', 'cus_bd00a2ac8508', '2026-05-29', '2026-12-02 20:14:42.652211+00', 79, 'loyal', 367.32, 571.03, 5, 163, 2, 5, 5, 35, NULL, NULL, NULL, NULL),
	(2286, 'fleet-000008', 'cus_c86a548aeebd', '2026-05-29', '2026-12-02 20:14:42.652211+00', 85, 'champion', 190.36, 261.65, 3, 91, 4, 4, 5, 35, NULL, NULL, NULL, NULL),
	(2287, 'fleet-000008', 'cus_d183b59e97b6', '2026-05-29', '2026-12-02 20:14:42.652211+00', 83, 'champion', 70.91, 91.96, 4, 57, 4, 5, 3, 35, NULL, NULL, NULL, NULL),
	(2288, 'fleet-000008', 'cus_d4a034f27fef', '2026-05-29', '2026-12-02 20:14:42.652211+00', 100, 'champion', 375.37, 479.38, 4, 48, 5, 5, 5, 35, NULL, NULL, NULL, NULL),
	(2289, 'fleet-000008', 'cus_e09edf7a5df5', '2026-05-29', '2026-12-02 20:14:42.652211+00', 38, 'lost', 51.07, 84.11, 1, 202, 1, 2, 3, 35, NULL, NULL, NULL, NULL),
	(2290, 'fleet-000008', 'cus_ee81f0cf7364', '2026-05-29', '2026-12-02 20:14:42.652211+00', 93, 'champion', 212.98, 278.59, 4, 62, 4, 5, 5, 35, NULL, NULL, NULL, NULL),
	(2291, 'fleet-000008', 'cus_f04025104251', '2026-05-29', '2026-12-02 20:14:42.652211+00', 73, 'loyal', 169.17, 251.55, 3, 137, 3, 4, 4, 35, NULL, NULL, NULL, NULL),
	(2319, 'fleet-000002', 'cus_02892d893636', '2026-05-29', '2026-12-02 20:14:42.665466+00', 57, 'at_risk', 5.17, 7.03, 1, 85, 4, 3, 1, 37, NULL, NULL, NULL, NULL),
	(2320, 'fleet-000002', 'cus_02eaa2934adc', '2026-05-29', '2026-12-02 20:14:42.665466+00', 74, 'loyal', 148.36, 238.66, 4, 183, 2, 5, 4, 37, NULL, NULL, NULL, NULL),
	(2321, 'fleet-000002', 'cus_0520a1ab307f', '2026-05-29', '2026-12-02 20:14:42.665466+00', 71, 'loyal', 228.75, 412.65, 3, 250, 2, 4, 5, 37, NULL, NULL, NULL, NULL),
	(2322, 'fleet-000002', 'cus_12a32992180a', '2026-05-29', '2026-12-02 20:14:42.665466+00', 36, 'lost', 12.27, 23.87, 1, 294, 1, 3, 1, 37, NULL, NULL, NULL, NULL),
	(2323, 'fleet-000002', 'cus_1fcc2b8600d3', '2026-05-29', '2026-12-02 20:14:42.665466+00', 79, 'loyal', 139.80, 176.03, 1, 42, 5, 3, 4, 37, NULL, NULL, NULL, NULL),
	(2324, 'fleet-000002', 'cus_24477a77686c', '2026-05-29', '2026-12-02 20:14:42.665466+00', 60, 'at_risk', 96.41, 151.42, 1, 169, 3, 3, 3, 37, NULL, NULL, NULL, NULL),
	(2325, 'fleet-000002', 'cus_371c69895ec4', '2026-05-29', '2026-12-02 20:14:42.665466+00', 86, 'champion', 275.95, 421.72, 4, 153, 3, 5, 5, 37, NULL, NULL, NULL, NULL),
	(2326, 'fleet-000002', 'cus_399dfb087c69', '2026-05-29', '2026-12-02 20:14:42.665466+00', 60, 'at_risk', 83.93, 131.15, 1, 166, 3, 3, 3, 37, NULL, NULL, NULL, NULL),
	(2327, 'fleet-000002', 'cus_3a0dee9db828', '2026-05-29', '2026-12-02 20:14:42.665466+00', 64, 'loyal', 21.68, 27.88, 1, 52, 5, 3, 1, 37, NULL, NULL, NULL, NULL),
	(2328, 'fleet-000002', 'cus_4145918b9c8f', '2026-05-29', '2026-12-02 20:14:42.665466+00', 95, 'champion', 192.28, 226.99, 4, 2, 5, 5, 4, 37, NULL, NULL, NULL, NULL),
	(2329, 'fleet-000002', 'cus_46ef2a067321', '2026-05-29', '2026-12-02 20:14:42.665466+00', 72, 'loyal', 120.31, 169.96, 1, 107, 4, 3, 4, 37, NULL, NULL, NULL, NULL),
	(2330, 'fleet-000002', 'cus_47a2020d68d5', '2026-05-29', '2026-12-02 20:14:42.665466+00', 72, 'loyal', 119.16, 170.36, 2, 114, 4, 3, 4, 37, NULL, NULL, NULL, NULL),
	(2331, 'fleet-000002', 'cus_481cd9a1cf31', '2026-05-29', '2026-12-02 20:14:42.665466+00', 61, 'loyal', 53.92, 85.27, 3, 173, 2, 4, 3, 37, NULL, NULL, NULL, NULL),
	(2332, 'fleet-000002', 'cus_4f9dfb66dc72', '2026-05-29', '2026-12-02 20:14:42.665466+00', 86, 'champion', 243.70, 351.66, 7, 120, 3, 5, 5, 37, NULL, NULL, NULL, NULL),
	(2333, 'fleet-000002', 'cus_5b536866e244', '2026-05-29', '2026-12-02 20:14:42.665466+00', 63, 'loyal', 155.65, 251.12, 2, 205, 2, 3, 5, 37, NULL, NULL, NULL, NULL),
	(2334, 'fleet-000002', 'cus_683daa25ce7d', '2026-05-29', '2026-12-02 20:14:42.665466+00', 86, 'champion', 166.75, 262.80, 4, 171, 3, 5, 5, 37, NULL, NULL, NULL, NULL),
	(2335, 'fleet-000002', 'cus_6856c65ac57e', '2026-05-29', '2026-12-02 20:14:42.665466+00', 36, 'lost', 12.53, 26.00, 1, 353, 1, 3, 1, 37, NULL, NULL, NULL, NULL),
	(2336, 'fleet-000002', 'cus_69429c1bd0e1', '2026-05-29', '2026-12-02 20:14:42.665466+00', 67, 'loyal', 88.63, 120.79, 2, 86, 4, 3, 3, 37, NULL, NULL, NULL, NULL),
	(2337, 'fleet-000002', 'cus_6af2d30e671e', '2026-05-29', '2026-12-02 20:14:42.665466+00', 46, 'at_risk', 53.03, 115.86, 1, 362, 1, 3, 3, 37, NULL, NULL, NULL, NULL),
	(2338, 'fleet-000002', 'cus_72b772867c73', '2026-05-29', '2026-12-02 20:14:42.665466+00', 60, 'at_risk', 117.62, 167.72, 2, 151, 3, 3, 3, 37, NULL, NULL, NULL, NULL),
	(2339, 'fleet-000002', 'cus_7f31badcdc49', '2026-05-29', '2026-12-02 20:14:42.665466+00', 77, 'loyal', 42.35, 55.97, 3, 68, 5, 4, 2, 37, NULL, NULL, NULL, NULL),
	(2340, 'fleet-000002', 'cus_b481956d3578', '2026-05-29', '2026-12-02 20:14:42.665466+00', 36, 'lost', 2.39, 5.06, 1, 344, 1, 3, 1, 37, NULL, NULL, NULL, NULL),
	(2341, 'fleet-000002', 'cus_c604f559ec9c', '2026-05-29', '2026-12-02 20:14:42.665466+00', 85, 'champion', 198.88, 265.08, 3, 73, 4, 4, 5, 37, NULL, NULL, NULL, NULL),
	(2342, 'fleet-000002', 'cus_e71d90a22a51', '2026-05-29', '2026-12-02 20:14:42.665466+00', 41, 'at_risk', 33.26, 68.00, 1, 329, 1, 3, 2, 37, NULL, NULL, NULL, NULL),
	(2343, 'fleet-000002', 'cus_f03b1c4aece2', '2026-05-29', '2026-12-02 20:14:42.665466+00', 77, 'loyal', 68.96, 83.10, 3, 37, 5, 4, 2, 37, NULL, NULL, NULL, NULL),
	(2344, 'fleet-000002', 'cus_f09157dc64f1', '2026-05-29', '2026-12-02 20:14:42.665466+00', 85, 'champion', 52.75, 62.28, 5, 7, 5, 5, 2, 37, NULL, NULL, NULL, NULL),
	(2345, 'fleet-000002', 'cus_f6bf949cdb0d', '2026-05-29', '2026-12-02 20:14:42.665466+00', 56, 'at_risk', 45.92, 78.03, 3, 215, 2, 4, 2, 37, NULL, NULL, NULL, NULL),
	(2373, 'fleet-000012', 'cus_0884da313124', '2026-05-29', '2026-12-02 20:14:42.678781+00', 35, 'lost', 13.99, 23.77, 1, 215, 2, 2, 1, 39, NULL, NULL, NULL, NULL),
	(2374, 'fleet-000012', 'cus_0bbd88c57d1c', '2026-05-29', '2026-12-02 20:14:42.678781+00', 77, 'loyal', 81.49, 98.70, 3, 17, 5, 4, 2, 39, NULL, NULL, NULL, NULL),
	(2375, 'fleet-000012', 'cus_11eeaa87da6f', '2026-05-29', '2026-12-02 20:14:42.678781+00', 46, 'at_risk', 89.81, 164.80, 2, 260, 1, 3, 3, 39, NULL, NULL, NULL, NULL),
	(2376, 'fleet-000012', 'cus_126a2aad50d8', '2026-05-29', '2026-12-02 20:14:42.678781+00', 58, 'at_risk', 135.34, 241.17, 2, 256, 2, 3, 4, 39, NULL, NULL, NULL, NULL),
	(2377, 'fleet-000012', 'cus_1720bae1e80e', '2026-05-29', '2026-12-02 20:14:42.678781+00', 28, 'lost', 11.60, 23.46, 1, 317, 1, 2, 1, 39, NULL, NULL, NULL, NULL),
	(2378, 'fleet-000012', 'cus_20a197c2cd9f', '2026-05-29', '2026-12-02 20:14:42.678781+00', 93, 'champion', 296.62, 372.69, 5, 47, 4, 5, 5, 39, NULL, NULL, NULL, NULL),
	(2379, 'fleet-000012', 'cus_2ab0b71976d1', '2026-05-29', '2026-12-02 20:14:42.678781+00', 93, 'champion', 251.10, 316.75, 4, 44, 4, 5, 5, 39, NULL, NULL, NULL, NULL),
	(2380, 'fleet-000012', 'cus_2bf5ec88fac4', '2026-05-29', '2026-12-02 20:14:42.678781+00', 78, 'loyal', 79.03, 103.91, 5, 65, 4, 5, 2, 39, NULL, NULL, NULL, NULL),
	(2381, 'fleet-000012', 'cus_2e8a758c6a8e', '2026-05-29', '2026-12-02 20:14:42.678781+00', 68, 'loyal', 104.00, 146.17, 3, 104, 3, 4, 3, 39, NULL, NULL, NULL, NULL),
	(2382, 'fleet-000012', 'cus_32b52ab917b4', '2026-05-29', '2026-12-02 20:14:42.678781+00', 95, 'champion', 266.05, 309.21, 7, 4, 5, 5, 4, 39, NULL, NULL, NULL, NULL),
	(2383, 'fleet-000012', 'cus_3336a6c05e0a', '2026-05-29', '2026-12-02 20:14:42.678781+00', 62, 'loyal', 37.21, 48.67, 2, 62, 4, 3, 2, 39, NULL, NULL, NULL, NULL),
	(2384, 'fleet-000012', 'cus_34929bd112d6', '2026-05-29', '2026-12-02 20:14:42.678781+00', 65, 'loyal', 150.81, 210.51, 2, 100, 3, 3, 4, 39, NULL, NULL, NULL, NULL),
	(2385, 'fleet-000012', 'cus_3b42544ede35', '2026-05-29', '2026-12-02 20:14:42.678781+00', 38, 'lost', 57.02, 109.47, 1, 312, 1, 2, 3, 39, NULL, NULL, NULL, NULL),
	(2386, 'fleet-000012', 'cus_41aa5243c4f7', '2026-05-29', '2026-12-02 20:14:42.678781+00', 33, 'lost', 48.87, 85.99, 1, 266, 1, 2, 2, 39, NULL, NULL, NULL, NULL);
INSERT INTO public.customer_ltv_history_2026_05_29 VALUES
	(2387, 'fleet-000012', 'cus_472642b8e1b9', '2026-05-29', '2026-12-02 20:14:42.678781+00', 100, 'champion', 281.96, 353.38, 4, 37, 5, 5, 5, 39, NULL, NULL, NULL, NULL),
	(2388, 'fleet-000012', 'cus_47e5c7824a8f', '2026-05-29', '2026-12-02 20:14:42.678781+00', 35, 'lost', 7.57, 11.41, 1, 184, 2, 2, 1, 39, NULL, NULL, NULL, NULL),
	(2389, 'fleet-000012', 'cus_64858afd1466', '2026-05-29', '2026-12-02 20:14:42.678781+00', 35, 'lost', 13.30, 20.01, 1, 145, 2, 2, 1, 39, NULL, NULL, NULL, NULL),
	(2390, 'fleet-000012', 'cus_9c4fef5cdeec', '2026-05-29', '2026-12-02 20:14:42.678781+00', 42, 'at_risk', 25.41, 35.23, 1, 96, 3, 2, 1, 39, NULL, NULL, NULL, NULL),
	(2391, 'fleet-000012', 'cus_9dbeae088179', '2026-05-29', '2026-12-02 20:14:42.678781+00', 86, 'champion', 241.66, 323.20, 4, 75, 3, 5, 5, 39, NULL, NULL, NULL, NULL),
	(2392, 'fleet-000012', 'cus_a2fdffc2ac4e', '2026-05-29', '2026-12-02 20:14:42.678781+00', 46, 'at_risk', 63.63, 122.07, 2, 286, 1, 3, 3, 39, NULL, NULL, NULL, NULL),
	(2393, 'fleet-000012', 'cus_ad1b6f7b09cc', '2026-05-29', '2026-12-02 20:14:42.678781+00', 100, 'champion', 308.97, 360.63, 4, 15, 5, 5, 5, 39, NULL, NULL, NULL, NULL),
	(2394, 'fleet-000012', 'cus_b0f22bab6018', '2026-05-29', '2026-12-02 20:14:42.678781+00', 74, 'loyal', 158.46, 225.72, 4, 137, 2, 5, 4, 39, NULL, NULL, NULL, NULL),
	(2395, 'fleet-000012', 'cus_b707a15e1946', '2026-05-29', '2026-12-02 20:14:42.678781+00', 67, 'loyal', 157.25, 199.11, 2, 43, 4, 3, 3, 39, NULL, NULL, NULL, NULL),
	(2396, 'fleet-000012', 'cus_bce7f33989f6', '2026-05-29', '2026-12-02 20:14:42.678781+00', 100, 'champion', 359.08, 452.35, 4, 40, 5, 5, 5, 39, NULL, NULL, NULL, NULL),
	(2397, 'fleet-000012', 'cus_d68899347365', '2026-05-29', '2026-12-02 20:14:42.678781+00', 47, 'at_risk', 66.83, 83.48, 1, 85, 3, 2, 2, 39, NULL, NULL, NULL, NULL),
	(2398, 'fleet-000012', 'cus_f63b5bd40fa7', '2026-05-29', '2026-12-02 20:14:42.678781+00', 87, 'champion', 231.47, 289.61, 3, 36, 5, 4, 4, 39, NULL, NULL, NULL, NULL),
	(2425, 'fleet-000010', 'cus_03fcfe139fd0', '2026-05-29', '2026-12-02 20:14:42.691809+00', 75, 'loyal', 116.31, 144.04, 2, 30, 4, 4, 3, 41, NULL, NULL, NULL, NULL),
	(2426, 'fleet-000010', 'cus_1b5af938356e', '2026-05-29', '2026-12-02 20:14:42.691809+00', 75, 'loyal', 114.07, 142.72, 2, 36, 4, 4, 3, 41, NULL, NULL, NULL, NULL),
	(2427, 'fleet-000010', 'cus_2d78619dca40', '2026-05-29', '2026-12-02 20:14:42.691809+00', 100, 'champion', 403.51, 492.07, 6, 21, 5, 5, 5, 41, NULL, NULL, NULL, NULL),
	(2428, 'fleet-000010', 'cus_2e81fbd9b526', '2026-05-29', '2026-12-02 20:14:42.691809+00', 52, 'at_risk', 117.09, 148.20, 1, 92, 3, 2, 3, 41, NULL, NULL, NULL, NULL),
	(2429, 'fleet-000010', 'cus_3d2f13fd5353', '2026-05-29', '2026-12-02 20:14:42.691809+00', 71, 'loyal', 210.24, 300.57, 2, 114, 2, 4, 5, 41, NULL, NULL, NULL, NULL),
	(2430, 'fleet-000010', 'cus_3e90c8214c2b', '2026-05-29', '2026-12-02 20:14:42.691809+00', 80, 'loyal', 181.78, 234.55, 2, 54, 4, 4, 4, 41, NULL, NULL, NULL, NULL),
	(2431, 'fleet-000010', 'cus_58abdfbfa6eb', '2026-05-29', '2026-12-02 20:14:42.691809+00', 33, 'lost', 53.14, 92.95, 1, 232, 1, 2, 2, 41, NULL, NULL, NULL, NULL),
	(2432, 'fleet-000010', 'cus_5e121679be63', '2026-05-29', '2026-12-02 20:14:42.691809+00', 100, 'champion', 277.74, 332.39, 4, 10, 5, 5, 5, 41, NULL, NULL, NULL, NULL),
	(2433, 'fleet-000010', 'cus_7af46e2dc7f4', '2026-05-29', '2026-12-02 20:14:42.691809+00', 73, 'loyal', 170.82, 224.34, 3, 73, 3, 4, 4, 41, NULL, NULL, NULL, NULL),
	(2434, 'fleet-000010', 'cus_86105b97dba8', '2026-05-29', '2026-12-02 20:14:42.691809+00', 49, 'at_risk', 41.48, 77.06, 2, 293, 1, 4, 2, 41, NULL, NULL, NULL, NULL),
	(2435, 'fleet-000010', 'cus_8aeda42569a7', '2026-05-29', '2026-12-02 20:14:42.691809+00', 40, 'lost', 51.54, 86.98, 1, 211, 2, 2, 2, 41, NULL, NULL, NULL, NULL),
	(2436, 'fleet-000010', 'cus_9323478db63b', '2026-05-29', '2026-12-02 20:14:42.691809+00', 42, 'at_risk', 3.75, 4.85, 1, 55, 3, 2, 1, 41, NULL, NULL, NULL, NULL),
	(2437, 'fleet-000010', 'cus_97fa38e9418a', '2026-05-29', '2026-12-02 20:14:42.691809+00', 100, 'champion', 243.14, 294.48, 4, 17, 5, 5, 5, 41, NULL, NULL, NULL, NULL),
	(2438, 'fleet-000010', 'cus_9d0aaa521375', '2026-05-29', '2026-12-02 20:14:42.691809+00', 93, 'champion', 391.85, 487.76, 4, 33, 4, 5, 5, 41, NULL, NULL, NULL, NULL),
	(2439, 'fleet-000010', 'cus_9f28df5bbf40', '2026-05-29', '2026-12-02 20:14:42.691809+00', 74, 'loyal', 160.42, 225.85, 5, 105, 2, 5, 4, 41, NULL, NULL, NULL, NULL),
	(2440, 'fleet-000010', 'cus_a2dfa5f62c4e', '2026-05-29', '2026-12-02 20:14:42.691809+00', 49, 'at_risk', 68.32, 131.06, 2, 286, 1, 4, 2, 41, NULL, NULL, NULL, NULL),
	(2441, 'fleet-000010', 'cus_a38b560d0ced', '2026-05-29', '2026-12-02 20:14:42.691809+00', 72, 'loyal', 38.48, 47.57, 2, 29, 5, 4, 1, 41, NULL, NULL, NULL, NULL),
	(2442, 'fleet-000010', 'cus_a48e49fcb3d7', '2026-05-29', '2026-12-02 20:14:42.691809+00', 61, 'loyal', 89.50, 139.62, 3, 165, 2, 4, 3, 41, NULL, NULL, NULL, NULL),
	(2443, 'fleet-000010', 'cus_bbee2789599d', '2026-05-29', '2026-12-02 20:14:42.691809+00', 56, 'at_risk', 67.20, 92.17, 2, 114, 2, 4, 2, 41, NULL, NULL, NULL, NULL),
	(2444, 'fleet-000010', 'cus_bdbe175a3982', '2026-05-29', '2026-12-02 20:14:42.691809+00', 88, 'champion', 197.86, 252.26, 4, 47, 4, 5, 4, 41, NULL, NULL, NULL, NULL),
	(2445, 'fleet-000010', 'cus_c65d258d8e90', '2026-05-29', '2026-12-02 20:14:42.691809+00', 28, 'lost', 34.39, 58.14, 1, 212, 1, 2, 1, 41, NULL, NULL, NULL, NULL),
	(2446, 'fleet-000010', 'cus_d317fc9c391b', '2026-05-29', '2026-12-02 20:14:42.691809+00', 72, 'loyal', 24.23, 29.60, 2, 22, 5, 4, 1, 41, NULL, NULL, NULL, NULL),
	(2447, 'fleet-000010', 'cus_d9867c97cf48', '2026-05-29', '2026-12-02 20:14:42.691809+00', 73, 'loyal', 190.77, 251.67, 2, 67, 3, 4, 4, 41, NULL, NULL, NULL, NULL),
	(2472, 'fleet-000009', 'cus_0ec19c7e61a7', '2026-05-29', '2026-12-02 20:14:42.705145+00', 87, 'champion', 240.93, 295.82, 3, 25, 5, 4, 4, 43, NULL, NULL, NULL, NULL),
	(2473, 'fleet-000009', 'cus_1ba673985fd1', '2026-05-29', '2026-12-02 20:14:42.705145+00', 55, 'at_risk', 49.46, 67.99, 2, 91, 3, 3, 2, 43, NULL, NULL, NULL, NULL),
	(2474, 'fleet-000009', 'cus_1d31b952664c', '2026-05-29', '2026-12-02 20:14:42.705145+00', 77, 'loyal', 100.36, 120.52, 3, 12, 5, 4, 2, 43, NULL, NULL, NULL, NULL),
	(2475, 'fleet-000009', 'cus_1db7baf58f5a', '2026-05-29', '2026-12-02 20:14:42.705145+00', 44, 'at_risk', 16.00, 26.54, 3, 201, 1, 4, 1, 43, NULL, NULL, NULL, NULL),
	(2476, 'fleet-000009', 'cus_20a2c39e59a3', '2026-05-29', '2026-12-02 20:14:42.705145+00', 53, 'at_risk', 121.96, 201.29, 2, 198, 2, 3, 3, 43, NULL, NULL, NULL, NULL),
	(2477, 'fleet-000009', 'cus_20b5b510428f', '2026-05-29', '2026-12-02 20:14:42.705145+00', 78, 'loyal', 238.15, 337.58, 3, 109, 3, 4, 5, 43, NULL, NULL, NULL, NULL),
	(2478, 'fleet-000009', 'cus_3aa2182d544e', '2026-05-29', '2026-12-02 20:14:42.705145+00', 43, 'at_risk', 13.32, 21.69, 2, 190, 2, 3, 1, 43, NULL, NULL, NULL, NULL),
	(2479, 'fleet-000009', 'cus_5b4f94c12e23', '2026-05-29', '2026-12-02 20:14:42.705145+00', 38, 'lost', 94.57, 178.49, 1, 303, 1, 2, 3, 43, NULL, NULL, NULL, NULL),
	(2480, 'fleet-000009', 'cus_5b686c19c1e6', '2026-05-29', '2026-12-02 20:14:42.705145+00', 33, 'lost', 70.87, 114.43, 1, 200, 1, 2, 2, 43, NULL, NULL, NULL, NULL),
	(2481, 'fleet-000009', 'cus_5c038552c734', '2026-05-29', '2026-12-02 20:14:42.705145+00', 71, 'loyal', 185.70, 302.32, 3, 190, 2, 4, 5, 43, NULL, NULL, NULL, NULL),
	(2482, 'fleet-000009', 'cus_5d5bcc436011', '2026-05-29', '2026-12-02 20:14:42.705145+00', 28, 'lost', 19.00, 31.46, 1, 200, 1, 2, 1, 43, NULL, NULL, NULL, NULL),
	(2483, 'fleet-000009', 'cus_5db227bad8bc', '2026-05-29', '2026-12-02 20:14:42.705145+00', 28, 'lost', 26.62, 48.10, 1, 251, 1, 2, 1, 43, NULL, NULL, NULL, NULL),
	(2484, 'fleet-000009', 'cus_66b13223ef5e', '2026-05-29', '2026-12-02 20:14:42.705145+00', 88, 'champion', 234.06, 282.70, 4, 35, 4, 5, 4, 43, NULL, NULL, NULL, NULL),
	(2485, 'fleet-000009', 'cus_6afdcbaa3dbb', '2026-05-29', '2026-12-02 20:14:42.705145+00', 67, 'loyal', 102.26, 121.98, 2, 57, 4, 3, 3, 43, NULL, NULL, NULL, NULL),
	(2486, 'fleet-000009', 'cus_748a90a87e48', '2026-05-29', '2026-12-02 20:14:42.705145+00', 73, 'loyal', 156.16, 224.78, 3, 118, 3, 4, 4, 43, NULL, NULL, NULL, NULL),
	(2487, 'fleet-000009', 'cus_75240d7b09c9', '2026-05-29', '2026-12-02 20:14:42.705145+00', 35, 'lost', 33.72, 48.35, 1, 158, 2, 2, 1, 43, NULL, NULL, NULL, NULL),
	(2488, 'fleet-000009', 'cus_7632b11c7d50', '2026-05-29', '2026-12-02 20:14:42.705145+00', 87, 'champion', 224.40, 275.06, 3, 24, 5, 4, 4, 43, NULL, NULL, NULL, NULL),
	(2489, 'fleet-000009', 'cus_903125a97ecb', '2026-05-29', '2026-12-02 20:14:42.705145+00', 53, 'at_risk', 104.47, 157.75, 2, 146, 2, 3, 3, 43, NULL, NULL, NULL, NULL),
	(2490, 'fleet-000009', 'cus_92854d768154', '2026-05-29', '2026-12-02 20:14:42.705145+00', 62, 'loyal', 93.12, 121.81, 2, 62, 4, 3, 2, 43, NULL, NULL, NULL, NULL),
	(2491, 'fleet-000009', 'cus_a4e3cd8f1f8e', '2026-05-29', '2026-12-02 20:14:42.705145+00', 88, 'champion', 191.18, 257.01, 4, 78, 4, 5, 4, 43, NULL, NULL, NULL, NULL),
	(2492, 'fleet-000009', 'cus_c3847ef4e959', '2026-05-29', '2026-12-02 20:14:42.705145+00', 93, 'champion', 320.60, 406.65, 4, 44, 4, 5, 5, 43, NULL, NULL, NULL, NULL),
	(2493, 'fleet-000009', 'cus_c70dfe8a104e', '2026-05-29', '2026-12-02 20:14:42.705145+00', 52, 'at_risk', 117.22, 159.12, 1, 129, 3, 2, 3, 43, NULL, NULL, NULL, NULL),
	(2494, 'fleet-000009', 'cus_e12650d90a19', '2026-05-29', '2026-12-02 20:14:42.705145+00', 86, 'champion', 355.41, 491.03, 6, 94, 3, 5, 5, 43, NULL, NULL, NULL, NULL),
	(2495, 'fleet-000009', 'cus_e8c8e5072687', '2026-05-29', '2026-12-02 20:14:42.705145+00', 100, 'champion', 350.37, 433.89, 5, 30, 5, 5, 5, 43, NULL, NULL, NULL, NULL),
	(2496, 'fleet-000009', 'cus_efda421d83f5', '2026-05-29', '2026-12-02 20:14:42.705145+00', 61, 'loyal', 43.18, 51.32, 1, 6, 5, 2, 2, 43, NULL, NULL, NULL, NULL),
	(2522, 'fleet-000005', 'cus_088194297f98', '2026-05-29', '2026-12-02 20:14:42.71811+00', 72, 'loyal', 176.55, 215.49, 2, 68, 4, 3, 4, 45, NULL, NULL, NULL, NULL),
	(2523, 'fleet-000005', 'cus_0b209159e72e', '2026-05-29', '2026-12-02 20:14:42.71811+00', 74, 'loyal', 145.91, 233.52, 3, 180, 2, 5, 4, 45, NULL, NULL, NULL, NULL),
	(2524, 'fleet-000005', 'cus_14ed3e6020c8', '2026-05-29', '2026-12-02 20:14:42.71811+00', 35, 'lost', 26.93, 44.14, 1, 194, 2, 2, 1, 45, NULL, NULL, NULL, NULL),
	(2525, 'fleet-000005', 'cus_20b25ab9b897', '2026-05-29', '2026-12-02 20:14:42.71811+00', 33, 'lost', 73.60, 136.44, 1, 268, 1, 2, 2, 45, NULL, NULL, NULL, NULL),
	(2526, 'fleet-000005', 'cus_3fe311693ab3', '2026-05-29', '2026-12-02 20:14:42.71811+00', 81, 'champion', 135.45, 193.64, 3, 114, 3, 5, 4, 45, NULL, NULL, NULL, NULL),
	(2527, 'fleet-000005', 'cus_481a8516ff50', '2026-05-29', '2026-12-02 20:14:42.71811+00', 86, 'champion', 236.19, 332.66, 4, 125, 3, 5, 5, 45, NULL, NULL, NULL, NULL),
	(2528, 'fleet-000005', 'cus_50eaa8e0f0e1', '2026-05-29', '2026-12-02 20:14:42.71811+00', 69, 'loyal', 94.47, 111.90, 2, 4, 5, 3, 2, 45, NULL, NULL, NULL, NULL),
	(2529, 'fleet-000005', 'cus_5439f3cf0dd8', '2026-05-29', '2026-12-02 20:14:42.71811+00', 50, 'at_risk', 114.50, 187.37, 1, 193, 2, 2, 4, 45, NULL, NULL, NULL, NULL),
	(2530, 'fleet-000005', 'cus_577d9eb7761e', '2026-05-29', '2026-12-02 20:14:42.71811+00', 100, 'champion', 320.75, 402.00, 4, 37, 5, 5, 5, 45, NULL, NULL, NULL, NULL),
	(2531, 'fleet-000005', 'cus_58b4735d947f', '2026-05-29', '2026-12-02 20:14:42.71811+00', 38, 'lost', 78.15, 145.39, 1, 268, 1, 2, 3, 45, NULL, NULL, NULL, NULL),
	(2532, 'fleet-000005', 'cus_5bef19d087c6', '2026-05-29', '2026-12-02 20:14:42.71811+00', 67, 'loyal', 127.82, 158.72, 2, 40, 4, 3, 3, 45, NULL, NULL, NULL, NULL),
	(2533, 'fleet-000005', 'cus_610563ac1f41', '2026-05-29', '2026-12-02 20:14:42.71811+00', 60, 'at_risk', 97.40, 144.59, 2, 136, 3, 3, 3, 45, NULL, NULL, NULL, NULL),
	(2534, 'fleet-000005', 'cus_655a61e2f13c', '2026-05-29', '2026-12-02 20:14:42.71811+00', 85, 'champion', 64.39, 77.32, 3, 12, 5, 5, 2, 45, NULL, NULL, NULL, NULL),
	(2535, 'fleet-000005', 'cus_68db7fd224ad', '2026-05-29', '2026-12-02 20:14:42.71811+00', 35, 'lost', 10.02, 17.20, 1, 253, 2, 2, 1, 45, NULL, NULL, NULL, NULL),
	(2536, 'fleet-000005', 'cus_6f853ffb784d', '2026-05-29', '2026-12-02 20:14:42.71811+00', 100, 'champion', 262.32, 326.52, 3, 33, 5, 5, 5, 45, NULL, NULL, NULL, NULL),
	(2537, 'fleet-000005', 'cus_70604aef0626', '2026-05-29', '2026-12-02 20:14:42.71811+00', 71, 'loyal', 69.16, 99.90, 3, 120, 3, 5, 2, 45, NULL, NULL, NULL, NULL),
	(2538, 'fleet-000005', 'cus_94195779081e', '2026-05-29', '2026-12-02 20:14:42.71811+00', 78, 'loyal', 112.81, 143.33, 3, 45, 4, 5, 2, 45, NULL, NULL, NULL, NULL),
	(2539, 'fleet-000005', 'cus_9fa8ceae5ce6', '2026-05-29', '2026-12-02 20:14:42.71811+00', 100, 'champion', 207.35, 259.65, 4, 38, 5, 5, 5, 45, NULL, NULL, NULL, NULL),
	(2540, 'fleet-000005', 'cus_9ff0b2c943a9', '2026-05-29', '2026-12-02 20:14:42.71811+00', 93, 'champion', 249.10, 332.58, 5, 74, 4, 5, 5, 45, NULL, NULL, NULL, NULL),
	(2541, 'fleet-000005', 'cus_bbdf4d7f3823', '2026-05-29', '2026-12-02 20:14:42.71811+00', 52, 'at_risk', 97.01, 149.52, 1, 158, 3, 2, 3, 45, NULL, NULL, NULL, NULL),
	(2542, 'fleet-000005', 'cus_bc5067ce9b8c', '2026-05-29', '2026-12-02 20:14:42.71811+00', 28, 'lost', 4.13, 9.04, 1, 363, 1, 2, 1, 45, NULL, NULL, NULL, NULL),
	(2543, 'fleet-000005', 'cus_cddf232c88a3', '2026-05-29', '2026-12-02 20:14:42.71811+00', 90, 'champion', 128.99, 160.29, 3, 32, 5, 5, 3, 45, NULL, NULL, NULL, NULL),
	(2544, 'fleet-000005', 'cus_da46ecf16f5e', '2026-05-29', '2026-12-02 20:14:42.71811+00', 28, 'lost', 3.89, 7.61, 1, 297, 1, 2, 1, 45, NULL, NULL, NULL, NULL),
	(2545, 'fleet-000005', 'cus_dc676a140511', '2026-05-29', '2026-12-02 20:14:42.71811+00', 54, 'at_risk', 35.42, 47.70, 1, 79, 4, 2, 2, 45, NULL, NULL, NULL, NULL),
	(2546, 'fleet-000005', 'cus_e09714dcce2a', '2026-05-29', '2026-12-02 20:14:42.71811+00', 74, 'loyal', 147.64, 234.27, 3, 175, 2, 5, 4, 45, NULL, NULL, NULL, NULL),
	(2547, 'fleet-000005', 'cus_eb9930082e89', '2026-05-29', '2026-12-02 20:14:42.71811+00', 49, 'at_risk', 15.19, 19.90, 1, 63, 4, 2, 1, 45, NULL, NULL, NULL, NULL),
	(2548, 'fleet-000005', 'cus_ed946fdeb53f', '2026-05-29', '2026-12-02 20:14:42.71811+00', 67, 'loyal', 111.95, 207.91, 3, 267, 1, 5, 4, 45, NULL, NULL, NULL, NULL),
	(2549, 'fleet-000005', 'cus_fb472fce3505', '2026-05-29', '2026-12-02 20:14:42.71811+00', 79, 'loyal', 134.27, 241.38, 3, 248, 2, 5, 5, 45, NULL, NULL, NULL, NULL),
	(2578, 'fleet-000006', 'cus_233d98b895f2', '2026-05-29', '2026-12-02 20:14:42.730961+00', 46, 'at_risk', 53.27, 98.76, 2, 266, 1, 3, 3, 47, NULL, NULL, NULL, NULL),
	(2579, 'fleet-000006', 'cus_2e9ade831fb0', '2026-05-29', '2026-12-02 20:14:42.730961+00', 35, 'lost', 5.54, 8.78, 1, 186, 2, 2, 1, 47, NULL, NULL, NULL, NULL),
	(2580, 'fleet-000006', 'cus_3611cd349c12', '2026-05-29', '2026-12-02 20:14:42.730961+00', 76, 'loyal', 46.92, 72.69, 3, 161, 3, 5, 3, 47, NULL, NULL, NULL, NULL),
	(2581, 'fleet-000006', 'cus_36b00917068f', '2026-05-29', '2026-12-02 20:14:42.730961+00', 43, 'at_risk', 62.06, 133.28, 1, 352, 1, 2, 4, 47, NULL, NULL, NULL, NULL),
	(2582, 'fleet-000006', 'cus_3bd27e892002', '2026-05-29', '2026-12-02 20:14:42.730961+00', 48, 'at_risk', 29.55, 44.03, 2, 177, 2, 3, 2, 47, NULL, NULL, NULL, NULL),
	(2583, 'fleet-000006', 'cus_42da664fb620', '2026-05-29', '2026-12-02 20:14:42.730961+00', 100, 'champion', 244.84, 304.24, 3, 32, 5, 5, 5, 47, NULL, NULL, NULL, NULL),
	(2584, 'fleet-000006', 'cus_49805866fb4f', '2026-05-29', '2026-12-02 20:14:42.730961+00', 49, 'at_risk', 4.93, 6.58, 1, 86, 4, 2, 1, 47, NULL, NULL, NULL, NULL),
	(2585, 'fleet-000006', 'cus_5649b0b54c22', '2026-05-29', '2026-12-02 20:14:42.730961+00', 88, 'champion', 112.70, 149.96, 3, 72, 4, 5, 4, 47, NULL, NULL, NULL, NULL),
	(2586, 'fleet-000006', 'cus_596b85a081ad', '2026-05-29', '2026-12-02 20:14:42.730961+00', 40, 'lost', 35.59, 57.85, 1, 189, 2, 2, 2, 47, NULL, NULL, NULL, NULL),
	(2587, 'fleet-000006', 'cus_5bdc7903eba7', '2026-05-29', '2026-12-02 20:14:42.730961+00', 85, 'champion', 34.49, 44.35, 3, 52, 5, 5, 2, 47, NULL, NULL, NULL, NULL),
	(2588, 'fleet-000006', 'cus_5fceed71b0e1', '2026-05-29', '2026-12-02 20:14:42.730961+00', 100, 'champion', 170.81, 205.48, 3, 21, 5, 5, 5, 47, NULL, NULL, NULL, NULL),
	(2589, 'fleet-000006', 'cus_79c3a56a9678', '2026-05-29', '2026-12-02 20:14:42.730961+00', 93, 'champion', 189.66, 251.50, 4, 70, 4, 5, 5, 47, NULL, NULL, NULL, NULL),
	(2590, 'fleet-000006', 'cus_7bdfa3a19c47', '2026-05-29', '2026-12-02 20:14:42.730961+00', 77, 'loyal', 140.20, 183.27, 2, 75, 4, 3, 5, 47, NULL, NULL, NULL, NULL),
	(2591, 'fleet-000006', 'cus_84b89a7148a6', '2026-05-29', '2026-12-02 20:14:42.730961+00', 45, 'at_risk', 40.51, 62.98, 1, 163, 2, 2, 3, 47, NULL, NULL, NULL, NULL),
	(2592, 'fleet-000006', 'cus_b1ef43d61623', '2026-05-29', '2026-12-02 20:14:42.730961+00', 81, 'champion', 79.05, 108.98, 3, 125, 3, 5, 4, 47, NULL, NULL, NULL, NULL),
	(2593, 'fleet-000006', 'cus_b276920a4e58', '2026-05-29', '2026-12-02 20:14:42.730961+00', 28, 'lost', 10.67, 17.94, 1, 209, 1, 2, 1, 47, NULL, NULL, NULL, NULL),
	(2594, 'fleet-000006', 'cus_b8fef693666b', '2026-05-29', '2026-12-02 20:14:42.730961+00', 28, 'lost', 0.00, 0.00, 1, 217, 1, 2, 1, 47, NULL, NULL, NULL, NULL),
	(2595, 'fleet-000006', 'cus_c466b3d24c4e', '2026-05-29', '2026-12-02 20:14:42.730961+00', 55, 'at_risk', 32.70, 50.49, 2, 159, 3, 3, 2, 47, NULL, NULL, NULL, NULL),
	(2596, 'fleet-000006', 'cus_c6a225375476', '2026-05-29', '2026-12-02 20:14:42.730961+00', 100, 'champion', 198.08, 243.21, 3, 25, 5, 5, 5, 47, NULL, NULL, NULL, NULL),
	(2597, 'fleet-000006', 'cus_d06a70b4e1bb', '2026-05-29', '2026-12-02 20:14:42.730961+00', 65, 'loyal', 131.00, 179.14, 2, 88, 3, 3, 4, 47, NULL, NULL, NULL, NULL),
	(2598, 'fleet-000006', 'cus_e584ffb2d1f9', '2026-05-29', '2026-12-02 20:14:42.730961+00', 90, 'champion', 54.15, 69.51, 3, 51, 5, 5, 3, 47, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_history_2026_05_30; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_history_2026_05_30 VALUES
	(2028, 'fleet-000001', 'cus_0449c860d328', '2026-05-30', '2026-12-02 20:14:42.589109+00', 63, 'loyal', 220.27, 315.91, 2, 141, 2, 3, 5, 26, NULL, NULL, NULL, NULL),
	(2029, 'fleet-000001', 'cus_0470fb0735a4', '2026-05-30', '2026-12-02 20:14:42.589109+00', 86, 'champion', 364.48, 484.15, 4, 71, 3, 5, 5, 26, NULL, NULL, NULL, NULL),
	(2030, 'fleet-000001', 'cus_12bf2eac2016', '2026-05-30', '2026-12-02 20:14:42.589109+00', 28, 'lost', 4.33, 6.37, 1, 172, 1, 2, 1, 26, NULL, NULL, NULL, NULL),
	(2031, 'fleet-000001', 'cus_14205a41a5b5', '2026-05-30', '2026-12-02 20:14:42.589109+00', 47, 'at_risk', 89.53, 116.74, 1, 77, 3, 2, 2, 26, NULL, NULL, NULL, NULL),
	(2032, 'fleet-000001', 'cus_2776876fd574', '2026-05-30', '2026-12-02 20:14:42.589109+00', 95, 'champion', 202.93, 252.17, 4, 32, 5, 5, 4, 26, NULL, NULL, NULL, NULL),
	(2033, 'fleet-000001', 'cus_4b0522b25ede', '2026-05-30', '2026-12-02 20:14:42.589109+00', 82, 'champion', 96.11, 117.81, 3, 24, 5, 4, 3, 26, NULL, NULL, NULL, NULL),
	(2034, 'fleet-000001', 'cus_598aedbf5ab1', '2026-05-30', '2026-12-02 20:14:42.589109+00', 100, 'champion', 337.89, 422.03, 5, 35, 5, 5, 5, 26, NULL, NULL, NULL, NULL),
	(2035, 'fleet-000001', 'cus_5cca38da0d97', '2026-05-30', '2026-12-02 20:14:42.589109+00', 60, 'at_risk', 111.61, 160.94, 2, 119, 3, 3, 3, 26, NULL, NULL, NULL, NULL),
	(2036, 'fleet-000001', 'cus_5f649e24afcd', '2026-05-30', '2026-12-02 20:14:42.589109+00', 28, 'lost', 3.30, 6.90, 1, 336, 1, 2, 1, 26, NULL, NULL, NULL, NULL),
	(2037, 'fleet-000001', 'cus_6ea8f374b71e', '2026-05-30', '2026-12-02 20:14:42.589109+00', 88, 'champion', 183.59, 240.97, 5, 64, 4, 5, 4, 26, NULL, NULL, NULL, NULL),
	(2038, 'fleet-000001', 'cus_796a013cf1fe', '2026-05-30', '2026-12-02 20:14:42.589109+00', 28, 'lost', 4.53, 8.18, 1, 251, 1, 2, 1, 26, NULL, NULL, NULL, NULL),
	(2039, 'fleet-000001', 'cus_7ae595e30fda', '2026-05-30', '2026-12-02 20:14:42.589109+00', 87, 'champion', 204.45, 252.33, 3, 28, 5, 4, 4, 26, NULL, NULL, NULL, NULL),
	(2040, 'fleet-000001', 'cus_827ee6e21a7f', '2026-05-30', '2026-12-02 20:14:42.589109+00', 53, 'at_risk', 89.41, 135.01, 2, 146, 2, 3, 3, 26, NULL, NULL, NULL, NULL),
	(2041, 'fleet-000001', 'cus_9181a848b1f3', '2026-05-30', '2026-12-02 20:14:42.589109+00', 28, 'lost', 19.56, 30.54, 1, 172, 1, 2, 1, 26, NULL, NULL, NULL, NULL),
	(2042, 'fleet-000001', 'cus_92a95ed86f3b', '2026-05-30', '2026-12-02 20:14:42.589109+00', 40, 'lost', 50.77, 71.17, 1, 146, 2, 2, 2, 26, NULL, NULL, NULL, NULL),
	(2043, 'fleet-000001', 'cus_9b9065b3ba2c', '2026-05-30', '2026-12-02 20:14:42.589109+00', 86, 'champion', 346.32, 473.59, 5, 88, 3, 5, 5, 26, NULL, NULL, NULL, NULL),
	(2044, 'fleet-000001', 'cus_a9857b216786', '2026-05-30', '2026-12-02 20:14:42.589109+00', 45, 'at_risk', 79.50, 118.22, 1, 137, 2, 2, 3, 26, NULL, NULL, NULL, NULL),
	(2045, 'fleet-000001', 'cus_aa58951da4f7', '2026-05-30', '2026-12-02 20:14:42.589109+00', 52, 'at_risk', 105.68, 146.25, 1, 95, 3, 2, 3, 26, NULL, NULL, NULL, NULL),
	(2046, 'fleet-000001', 'cus_aee0e4431f15', '2026-05-30', '2026-12-02 20:14:42.589109+00', 92, 'champion', 309.44, 376.71, 3, 20, 5, 4, 5, 26, NULL, NULL, NULL, NULL),
	(2047, 'fleet-000001', 'cus_bb14aaf15a98', '2026-05-30', '2026-12-02 20:14:42.589109+00', 69, 'loyal', 131.95, 193.54, 4, 129, 2, 5, 3, 26, NULL, NULL, NULL, NULL),
	(2048, 'fleet-000001', 'cus_d0bd571dc19c', '2026-05-30', '2026-12-02 20:14:42.589109+00', 88, 'champion', 201.61, 256.60, 4, 46, 4, 5, 4, 26, NULL, NULL, NULL, NULL),
	(2049, 'fleet-000001', 'cus_d0c8af7c2b3b', '2026-05-30', '2026-12-02 20:14:42.589109+00', 58, 'at_risk', 26.73, 37.12, 3, 97, 3, 4, 1, 26, NULL, NULL, NULL, NULL),
	(2050, 'fleet-000001', 'cus_d82eea4f7eef', '2026-05-30', '2026-12-02 20:14:42.589109+00', 85, 'champion', 90.66, 110.75, 4, 22, 5, 5, 2, 26, NULL, NULL, NULL, NULL),
	(2051, 'fleet-000001', 'cus_def474a313bf', '2026-05-30', '2026-12-02 20:14:42.589109+00', 70, 'loyal', 71.27, 90.86, 3, 47, 4, 4, 2, 26, NULL, NULL, NULL, NULL),
	(2052, 'fleet-000001', 'cus_ebf456887ba5', '2026-05-30', '2026-12-02 20:14:42.589109+00', 48, 'at_risk', 38.55, 56.52, 2, 142, 2, 3, 2, 26, NULL, NULL, NULL, NULL),
	(2053, 'fleet-000001', 'cus_ec9bf698f00b', '2026-05-30', '2026-12-02 20:14:42.589109+00', 80, 'loyal', 159.25, 199.62, 3, 70, 4, 4, 4, 26, NULL, NULL, NULL, NULL),
	(2054, 'fleet-000001', 'cus_f2e804e45e1d', '2026-05-30', '2026-12-02 20:14:42.589109+00', 93, 'champion', 218.83, 280.43, 4, 50, 4, 5, 5, 26, NULL, NULL, NULL, NULL),
	(2082, 'fleet-000007', 'cus_0dab3695ea1d', '2026-05-30', '2026-12-02 20:14:42.603312+00', 88, 'champion', 226.62, 277.62, 4, 50, 4, 5, 4, 28, NULL, NULL, NULL, NULL),
	(2083, 'fleet-000007', 'cus_162e15d9863f', '2026-05-30', '2026-12-02 20:14:42.603312+00', 35, 'lost', 29.50, 41.32, 1, 102, 2, 2, 1, 28, NULL, NULL, NULL, NULL),
	(2084, 'fleet-000007', 'cus_223241d3c541', '2026-05-30', '2026-12-02 20:14:42.603312+00', 86, 'champion', 392.57, 513.49, 5, 62, 3, 5, 5, 28, NULL, NULL, NULL, NULL),
	(2085, 'fleet-000007', 'cus_253a44f71ded', '2026-05-30', '2026-12-02 20:14:42.603312+00', 69, 'loyal', 53.06, 59.55, 2, 9, 5, 3, 2, 28, NULL, NULL, NULL, NULL),
	(2086, 'fleet-000007', 'cus_2a1aea3fe716', '2026-05-30', '2026-12-02 20:14:42.603312+00', 68, 'loyal', 153.23, 199.40, 3, 59, 3, 4, 3, 28, NULL, NULL, NULL, NULL),
	(2087, 'fleet-000007', 'cus_37ecb1877383', '2026-05-30', '2026-12-02 20:14:42.603312+00', 68, 'loyal', 150.07, 191.95, 3, 76, 3, 4, 3, 28, NULL, NULL, NULL, NULL),
	(2088, 'fleet-000007', 'cus_3b52593c72e9', '2026-05-30', '2026-12-02 20:14:42.603312+00', 88, 'champion', 241.73, 314.03, 4, 58, 4, 5, 4, 28, NULL, NULL, NULL, NULL),
	(2089, 'fleet-000007', 'cus_46edf7b1f801', '2026-05-30', '2026-12-02 20:14:42.603312+00', 28, 'lost', 15.80, 24.86, 1, 171, 1, 2, 1, 28, NULL, NULL, NULL, NULL),
	(2090, 'fleet-000007', 'cus_54f19df04f09', '2026-05-30', '2026-12-02 20:14:42.603312+00', 68, 'loyal', 121.45, 167.80, 3, 94, 3, 4, 3, 28, NULL, NULL, NULL, NULL),
	(2091, 'fleet-000007', 'cus_593b73dcbde9', '2026-05-30', '2026-12-02 20:14:42.603312+00', 74, 'loyal', 134.81, 206.72, 4, 155, 2, 5, 4, 28, NULL, NULL, NULL, NULL),
	(2092, 'fleet-000007', 'cus_60e5d2752bc6', '2026-05-30', '2026-12-02 20:14:42.603312+00', 95, 'champion', 246.79, 307.19, 4, 33, 5, 5, 4, 28, NULL, NULL, NULL, NULL),
	(2093, 'fleet-000007', 'cus_6dd6c9f6fa7d', '2026-05-30', '2026-12-02 20:14:42.603312+00', 62, 'loyal', 47.73, 56.28, 2, 44, 4, 3, 2, 28, NULL, NULL, NULL, NULL),
	(2094, 'fleet-000007', 'cus_7472decfde9e', '2026-05-30', '2026-12-02 20:14:42.603312+00', 43, 'at_risk', 29.48, 40.75, 2, 125, 2, 3, 1, 28, NULL, NULL, NULL, NULL),
	(2095, 'fleet-000007', 'cus_7c959cb9321a', '2026-05-30', '2026-12-02 20:14:42.603312+00', 68, 'loyal', 146.07, 199.98, 3, 89, 3, 4, 3, 28, NULL, NULL, NULL, NULL),
	(2096, 'fleet-000007', 'cus_824f5271a873', '2026-05-30', '2026-12-02 20:14:42.603312+00', 50, 'at_risk', 36.02, 48.67, 2, 81, 3, 3, 1, 28, NULL, NULL, NULL, NULL),
	(2097, 'fleet-000007', 'cus_8f999ddc20b3', '2026-05-30', '2026-12-02 20:14:42.603312+00', 28, 'lost', 17.43, 35.99, 1, 329, 1, 2, 1, 28, NULL, NULL, NULL, NULL),
	(2098, 'fleet-000007', 'cus_96efa2c28220', '2026-05-30', '2026-12-02 20:14:42.603312+00', 93, 'champion', 437.28, 550.86, 6, 40, 4, 5, 5, 28, NULL, NULL, NULL, NULL),
	(2099, 'fleet-000007', 'cus_985d8e866ef0', '2026-05-30', '2026-12-02 20:14:42.603312+00', 100, 'champion', 451.18, 533.68, 6, 26, 5, 5, 5, 28, NULL, NULL, NULL, NULL),
	(2100, 'fleet-000007', 'cus_9e2bdd2f33bd', '2026-05-30', '2026-12-02 20:14:42.603312+00', 100, 'champion', 288.15, 340.74, 4, 3, 5, 5, 5, 28, NULL, NULL, NULL, NULL),
	(2101, 'fleet-000007', 'cus_a1a3e57d5b69', '2026-05-30', '2026-12-02 20:14:42.603312+00', 40, 'lost', 44.54, 62.17, 1, 100, 2, 2, 2, 28, NULL, NULL, NULL, NULL),
	(2102, 'fleet-000007', 'cus_a57726e1fe44', '2026-05-30', '2026-12-02 20:14:42.603312+00', 93, 'champion', 367.10, 464.83, 6, 43, 4, 5, 5, 28, NULL, NULL, NULL, NULL),
	(2103, 'fleet-000007', 'cus_b45d77fa209c', '2026-05-30', '2026-12-02 20:14:42.603312+00', 33, 'lost', 38.54, 71.09, 1, 263, 1, 2, 2, 28, NULL, NULL, NULL, NULL),
	(2104, 'fleet-000007', 'cus_b59be28c37b7', '2026-05-30', '2026-12-02 20:14:42.603312+00', 82, 'champion', 75.40, 91.63, 3, 19, 5, 4, 3, 28, NULL, NULL, NULL, NULL),
	(2105, 'fleet-000007', 'cus_cd54ffe7d4a4', '2026-05-30', '2026-12-02 20:14:42.603312+00', 87, 'champion', 222.49, 277.89, 3, 35, 5, 4, 4, 28, NULL, NULL, NULL, NULL),
	(2106, 'fleet-000007', 'cus_d22e2ce9601d', '2026-05-30', '2026-12-02 20:14:42.603312+00', 79, 'loyal', 215.40, 333.71, 5, 161, 2, 5, 5, 28, NULL, NULL, NULL, NULL),
	(2107, 'fleet-000007', 'cus_f5049de7593d', '2026-05-30', '2026-12-02 20:14:42.603312+00', 46, 'at_risk', 103.84, 168.77, 2, 189, 1, 3, 3, 28, NULL, NULL, NULL, NULL),
	(2108, 'fleet-000007', 'cus_fe75a3fcc929', '2026-05-30', '2026-12-02 20:14:42.603312+00', 33, 'lost', 32.52, 58.97, 1, 282, 1, 2, 2, 28, NULL, NULL, NULL, NULL),
	(2135, 'fleet-000004', 'cus_0b7119ffcf81', '2026-05-30', '2026-12-02 20:14:42.615825+00', 28, 'lost', 4.45, 9.37, 1, 340, 1, 2, 1, 30, NULL, NULL, NULL, NULL),
	(2136, 'fleet-000004', 'cus_12c820070693', '2026-05-30', '2026-12-02 20:14:42.615825+00', 64, 'loyal', 0.00, 0.00, 2, 25, 5, 3, 1, 30, NULL, NULL, NULL, NULL),
	(2137, 'fleet-000004', 'cus_1909fe69a41e', '2026-05-30', '2026-12-02 20:14:42.615825+00', 95, 'champion', 212.80, 250.78, 7, 1, 5, 5, 4, 30, NULL, NULL, NULL, NULL),
	(2138, 'fleet-000004', 'cus_2c3aca6177a9', '2026-05-30', '2026-12-02 20:14:42.615825+00', 87, 'champion', 149.52, 183.59, 3, 25, 5, 4, 4, 30, NULL, NULL, NULL, NULL),
	(2139, 'fleet-000004', 'cus_326ecb28b400', '2026-05-30', '2026-12-02 20:14:42.615825+00', 93, 'champion', 225.45, 284.49, 6, 41, 4, 5, 5, 30, NULL, NULL, NULL, NULL),
	(2140, 'fleet-000004', 'cus_3b19e2a499d2', '2026-05-30', '2026-12-02 20:14:42.615825+00', 86, 'champion', 334.52, 469.19, 4, 121, 3, 5, 5, 30, NULL, NULL, NULL, NULL),
	(2141, 'fleet-000004', 'cus_4533080003c1', '2026-05-30', '2026-12-02 20:14:42.615825+00', 53, 'at_risk', 88.04, 142.90, 2, 214, 2, 3, 3, 30, NULL, NULL, NULL, NULL),
	(2142, 'fleet-000004', 'cus_486c018a282f', '2026-05-30', '2026-12-02 20:14:42.615825+00', 45, 'at_risk', 83.05, 124.55, 1, 142, 2, 2, 3, 30, NULL, NULL, NULL, NULL),
	(2143, 'fleet-000004', 'cus_53c47c723e96', '2026-05-30', '2026-12-02 20:14:42.615825+00', 74, 'loyal', 151.49, 247.90, 4, 193, 2, 5, 4, 30, NULL, NULL, NULL, NULL),
	(2144, 'fleet-000004', 'cus_61ed783e0ab2', '2026-05-30', '2026-12-02 20:14:42.615825+00', 84, 'champion', 246.55, 302.21, 2, 24, 5, 3, 5, 30, NULL, NULL, NULL, NULL),
	(2145, 'fleet-000004', 'cus_61f1280455e1', '2026-05-30', '2026-12-02 20:14:42.615825+00', 73, 'loyal', 192.59, 268.37, 3, 99, 3, 4, 4, 30, NULL, NULL, NULL, NULL),
	(2146, 'fleet-000004', 'cus_6261cc3d91bc', '2026-05-30', '2026-12-02 20:14:42.615825+00', 41, 'at_risk', 18.48, 32.88, 2, 249, 1, 3, 2, 30, NULL, NULL, NULL, NULL),
	(2147, 'fleet-000004', 'cus_7c67a660b828', '2026-05-30', '2026-12-02 20:14:42.615825+00', 46, 'at_risk', 69.48, 132.81, 2, 307, 1, 3, 3, 30, NULL, NULL, NULL, NULL),
	(2148, 'fleet-000004', 'cus_7c7eda67038d', '2026-05-30', '2026-12-02 20:14:42.615825+00', 87, 'champion', 200.45, 238.66, 3, 7, 5, 4, 4, 30, NULL, NULL, NULL, NULL),
	(2149, 'fleet-000004', 'cus_a74f88cd54b9', '2026-05-30', '2026-12-02 20:14:42.615825+00', 35, 'lost', 9.00, 14.77, 1, 195, 2, 2, 1, 30, NULL, NULL, NULL, NULL),
	(2150, 'fleet-000004', 'cus_afcadf4fe57a', '2026-05-30', '2026-12-02 20:14:42.615825+00', 93, 'champion', 393.47, 487.32, 5, 44, 4, 5, 5, 30, NULL, NULL, NULL, NULL),
	(2151, 'fleet-000004', 'cus_bc2077e2e63b', '2026-05-30', '2026-12-02 20:14:42.615825+00', 55, 'at_risk', 69.06, 99.51, 2, 140, 3, 3, 2, 30, NULL, NULL, NULL, NULL),
	(2152, 'fleet-000004', 'cus_c2dc736fc45c', '2026-05-30', '2026-12-02 20:14:42.615825+00', 40, 'lost', 27.11, 45.43, 1, 207, 2, 2, 2, 30, NULL, NULL, NULL, NULL),
	(2153, 'fleet-000004', 'cus_d0123d185f9d', '2026-05-30', '2026-12-02 20:14:42.615825+00', 75, 'loyal', 134.41, 171.95, 3, 49, 4, 4, 3, 30, NULL, NULL, NULL, NULL),
	(2154, 'fleet-000004', 'cus_d2710446f979', '2026-05-30', '2026-12-02 20:14:42.615825+00', 100, 'champion', 404.37, 496.51, 6, 25, 5, 5, 5, 30, NULL, NULL, NULL, NULL),
	(2155, 'fleet-000004', 'cus_d403a4e31d83', '2026-05-30', '2026-12-02 20:14:42.615825+00', 33, 'lost', 41.84, 81.56, 1, 320, 1, 2, 2, 30, NULL, NULL, NULL, NULL),
	(2156, 'fleet-000004', 'cus_dd81dc916854', '2026-05-30', '2026-12-02 20:14:42.615825+00', 93, 'champion', 293.50, 362.23, 4, 28, 4, 5, 5, 30, NULL, NULL, NULL, NULL),
	(2157, 'fleet-000004', 'cus_e4a7803cedf0', '2026-05-30', '2026-12-02 20:14:42.615825+00', 55, 'at_risk', 87.47, 123.36, 2, 106, 3, 3, 2, 30, NULL, NULL, NULL, NULL),
	(2158, 'fleet-000004', 'cus_ef93dfaf469b', '2026-05-30', '2026-12-02 20:14:42.615825+00', 83, 'champion', 133.05, 179.16, 5, 79, 4, 5, 3, 30, NULL, NULL, NULL, NULL),
	(2159, 'fleet-000004', 'cus_f4a9b4147a8b', '2026-05-30', '2026-12-02 20:14:42.615825+00', 42, 'at_risk', 9.96, 13.77, 1, 97, 3, 2, 1, 30, NULL, NULL, NULL, NULL),
	(2160, 'fleet-000004', 'cus_f99e7ae69427', '2026-05-30', '2026-12-02 20:14:42.615825+00', 28, 'lost', 2.45, 5.03, 1, 325, 1, 2, 1, 30, NULL, NULL, NULL, NULL),
	(2187, 'fleet-000011', 'cus_06eef6eacc62', '2026-05-30', '2026-12-02 20:14:42.62897+00', 41, 'at_risk', 57.60, 93.13, 2, 186, 1, 3, 2, 32, NULL, NULL, NULL, NULL),
	(2188, 'fleet-000011', 'cus_0b172c462fb3', '2026-05-30', '2026-12-02 20:14:42.62897+00', 76, 'loyal', 161.93, 220.92, 4, 118, 3, 5, 3, 32, NULL, NULL, NULL, NULL),
	(2189, 'fleet-000011', 'cus_0fbbd14791d5', '2026-05-30', '2026-12-02 20:14:42.62897+00', 64, 'loyal', 80.41, 121.63, 4, 147, 2, 5, 2, 32, NULL, NULL, NULL, NULL),
	(2190, 'fleet-000011', 'cus_1d586ed3bf2f', '2026-05-30', '2026-12-02 20:14:42.62897+00', 83, 'champion', 142.57, 179.30, 4, 39, 4, 5, 3, 32, NULL, NULL, NULL, NULL),
	(2191, 'fleet-000011', 'cus_2b0471c5d5cf', '2026-05-30', '2026-12-02 20:14:42.62897+00', 100, 'champion', 241.02, 290.92, 4, 15, 5, 5, 5, 32, NULL, NULL, NULL, NULL),
	(2192, 'fleet-000011', 'cus_3f18e8b37750', '2026-05-30', '2026-12-02 20:14:42.62897+00', 20, 'new', 48.24, 89.29, 1, 265, 1, 1, 1, 32, NULL, NULL, NULL, NULL),
	(2193, 'fleet-000011', 'cus_55cd02e50b32', '2026-05-30', '2026-12-02 20:14:42.62897+00', 93, 'champion', 270.60, 348.55, 5, 53, 4, 5, 5, 32, NULL, NULL, NULL, NULL),
	(2194, 'fleet-000011', 'cus_5abbd111932c', '2026-05-30', '2026-12-02 20:14:42.62897+00', 95, 'champion', 228.79, 273.34, 4, 9, 5, 5, 4, 32, NULL, NULL, NULL, NULL),
	(2195, 'fleet-000011', 'cus_60c30cc2e08d', '2026-05-30', '2026-12-02 20:14:42.62897+00', 20, 'new', 25.24, 39.78, 1, 171, 1, 1, 1, 32, NULL, NULL, NULL, NULL),
	(2196, 'fleet-000011', 'cus_64db250047bf', '2026-05-30', '2026-12-02 20:14:42.62897+00', 60, 'at_risk', 125.33, 178.57, 3, 112, 3, 3, 3, 32, NULL, NULL, NULL, NULL),
	(2197, 'fleet-000011', 'cus_738f160ed71b', '2026-05-30', '2026-12-02 20:14:42.62897+00', 100, 'champion', 411.16, 494.59, 6, 13, 5, 5, 5, 32, NULL, NULL, NULL, NULL),
	(2198, 'fleet-000011', 'cus_942575ebe021', '2026-05-30', '2026-12-02 20:14:42.62897+00', 41, 'at_risk', 59.78, 76.60, 1, 50, 4, 1, 1, 32, NULL, NULL, NULL, NULL),
	(2199, 'fleet-000011', 'cus_998162dd4af3', '2026-05-30', '2026-12-02 20:14:42.62897+00', 95, 'champion', 219.14, 267.70, 4, 22, 5, 5, 4, 32, NULL, NULL, NULL, NULL),
	(2200, 'fleet-000011', 'cus_9d6d6ece495b', '2026-05-30', '2026-12-02 20:14:42.62897+00', 53, 'at_risk', 153.57, 238.74, 2, 163, 2, 3, 3, 32, NULL, NULL, NULL, NULL),
	(2201, 'fleet-000011', 'cus_abc78e76d075', '2026-05-30', '2026-12-02 20:14:42.62897+00', 48, 'at_risk', 62.75, 91.31, 2, 133, 2, 3, 2, 32, NULL, NULL, NULL, NULL),
	(2202, 'fleet-000011', 'cus_c4f6f5f0393d', '2026-05-30', '2026-12-02 20:14:42.62897+00', 81, 'champion', 200.01, 285.95, 4, 114, 3, 5, 4, 32, NULL, NULL, NULL, NULL),
	(2203, 'fleet-000011', 'cus_ca41f5f9cf61', '2026-05-30', '2026-12-02 20:14:42.62897+00', 70, 'loyal', 232.49, 310.41, 2, 74, 3, 3, 5, 32, NULL, NULL, NULL, NULL),
	(2204, 'fleet-000011', 'cus_cd3c682b36e8', '2026-05-30', '2026-12-02 20:14:42.62897+00', 81, 'champion', 173.42, 240.13, 4, 101, 3, 5, 4, 32, NULL, NULL, NULL, NULL),
	(2205, 'fleet-000011', 'cus_cea94ba6d12f', '2026-05-30', '2026-12-02 20:14:42.62897+00', 25, 'lost', 73.55, 154.09, 1, 358, 1, 1, 2, 32, NULL, NULL, NULL, NULL),
	(2206, 'fleet-000011', 'cus_d52073139af2', '2026-05-30', '2026-12-02 20:14:42.62897+00', 74, 'loyal', 138.50, 164.24, 2, 6, 5, 3, 3, 32, NULL, NULL, NULL, NULL),
	(2207, 'fleet-000011', 'cus_d6bbc3ed944b', '2026-05-30', '2026-12-02 20:14:42.62897+00', 72, 'loyal', 173.13, 290.18, 4, 207, 1, 5, 5, 32, NULL, NULL, NULL, NULL),
	(2208, 'fleet-000011', 'cus_d9172b86de72', '2026-05-30', '2026-12-02 20:14:42.62897+00', 43, 'at_risk', 55.44, 84.85, 2, 159, 2, 3, 1, 32, NULL, NULL, NULL, NULL),
	(2209, 'fleet-000011', 'cus_dd6f2b5d177f', '2026-05-30', '2026-12-02 20:14:42.62897+00', 62, 'loyal', 87.53, 110.64, 2, 42, 4, 3, 2, 32, NULL, NULL, NULL, NULL),
	(2210, 'fleet-000011', 'cus_e3dce3ffd148', '2026-05-30', '2026-12-02 20:14:42.62897+00', 93, 'champion', 299.46, 377.24, 6, 40, 4, 5, 5, 32, NULL, NULL, NULL, NULL),
	(2211, 'fleet-000011', 'cus_e4b3b0d46812', '2026-05-30', '2026-12-02 20:14:42.62897+00', 79, 'loyal', 203.07, 251.98, 2, 33, 5, 3, 4, 32, NULL, NULL, NULL, NULL),
	(2212, 'fleet-000011', 'cus_e6480aa075f6', '2026-05-30', '2026-12-02 20:14:42.62897+00', 27, 'lost', 12.68, 18.42, 1, 165, 2, 1, 1, 32, NULL, NULL, NULL, NULL),
	(2239, 'Café Ünïcode', 'cus_06133d9073ef', '2026-05-30', '2026-12-02 20:14:42.641904+00', 66, 'loyal', 128.90, 200.06, 2, 170, 2, 4, 4, 34, NULL, NULL, NULL, NULL),
	(2240, 'Café Ünïcode', 'cus_0dfa50bc7dbf', '2026-05-30', '2026-12-02 20:14:42.641904+00', 81, 'champion', 174.69, 247.20, 3, 108, 3, 5, 4, 34, NULL, NULL, NULL, NULL),
	(2241, 'Café Ünïcode', 'cus_14ebcf7db029', '2026-05-30', '2026-12-02 20:14:42.641904+00', 75, 'loyal', 127.24, 165.02, 2, 57, 4, 4, 3, 34, NULL, NULL, NULL, NULL),
	(2242, 'Café Ünïcode', 'cus_196f2739157a', '2026-05-30', '2026-12-02 20:14:42.641904+00', 92, 'champion', 222.08, 265.32, 2, 9, 5, 4, 5, 34, NULL, NULL, NULL, NULL),
	(2243, 'Café Ünïcode', 'cus_1eea22a4b901', '2026-05-30', '2026-12-02 20:14:42.641904+00', 93, 'champion', 479.66, 605.21, 4, 79, 4, 5, 5, 34, NULL, NULL, NULL, NULL),
	(2244, 'Café Ünïcode', 'cus_2d28ffbc2a04', '2026-05-30', '2026-12-02 20:14:42.641904+00', 74, 'loyal', 154.20, 248.12, 3, 186, 2, 5, 4, 34, NULL, NULL, NULL, NULL),
	(2245, 'Café Ünïcode', 'cus_32421d7d151e', '2026-05-30', '2026-12-02 20:14:42.641904+00', 61, 'loyal', 80.71, 128.26, 2, 182, 2, 4, 3, 34, NULL, NULL, NULL, NULL),
	(2246, 'Café Ünïcode', 'cus_595c31a03e2b', '2026-05-30', '2026-12-02 20:14:42.641904+00', 28, 'lost', 5.01, 9.97, 1, 308, 1, 2, 1, 34, NULL, NULL, NULL, NULL),
	(2247, 'Café Ünïcode', 'cus_5e52db6af860', '2026-05-30', '2026-12-02 20:14:42.641904+00', 65, 'loyal', 40.03, 51.83, 2, 56, 4, 4, 1, 34, NULL, NULL, NULL, NULL),
	(2248, 'Café Ünïcode', 'cus_67bc486bf422', '2026-05-30', '2026-12-02 20:14:42.641904+00', 85, 'champion', 214.88, 278.68, 2, 57, 4, 4, 5, 34, NULL, NULL, NULL, NULL),
	(2249, 'Café Ünïcode', 'cus_68519c6d37a3', '2026-05-30', '2026-12-02 20:14:42.641904+00', 52, 'at_risk', 0.00, 0.00, 3, 225, 1, 5, 1, 34, NULL, NULL, NULL, NULL),
	(2250, 'Café Ünïcode', 'cus_786630c0dba5', '2026-05-30', '2026-12-02 20:14:42.641904+00', 47, 'at_risk', 54.78, 82.15, 1, 142, 3, 2, 2, 34, NULL, NULL, NULL, NULL),
	(2251, 'Café Ünïcode', 'cus_8407d81e85db', '2026-05-30', '2026-12-02 20:14:42.641904+00', 33, 'lost', 32.94, 67.84, 1, 349, 1, 2, 2, 34, NULL, NULL, NULL, NULL),
	(2252, 'Café Ünïcode', 'cus_855f8e3b95a3', '2026-05-30', '2026-12-02 20:14:42.641904+00', 76, 'loyal', 93.32, 133.87, 3, 116, 3, 5, 3, 34, NULL, NULL, NULL, NULL),
	(2253, 'Café Ünïcode', 'cus_a0295af9952c', '2026-05-30', '2026-12-02 20:14:42.641904+00', 100, 'champion', 263.45, 322.92, 4, 24, 5, 5, 5, 34, NULL, NULL, NULL, NULL),
	(2254, 'Café Ünïcode', 'cus_a0a13454876e', '2026-05-30', '2026-12-02 20:14:42.641904+00', 68, 'loyal', 110.94, 163.28, 2, 131, 3, 4, 3, 34, NULL, NULL, NULL, NULL),
	(2255, 'Café Ünïcode', 'cus_b284a31aa05a', '2026-05-30', '2026-12-02 20:14:42.641904+00', 56, 'at_risk', 38.49, 62.23, 2, 186, 2, 4, 2, 34, NULL, NULL, NULL, NULL),
	(2256, 'Café Ünïcode', 'cus_b33a1ce468b6', '2026-05-30', '2026-12-02 20:14:42.641904+00', 100, 'champion', 249.93, 323.03, 3, 55, 5, 5, 5, 34, NULL, NULL, NULL, NULL),
	(2257, 'Café Ünïcode', 'cus_b47b1cae4902', '2026-05-30', '2026-12-02 20:14:42.641904+00', 56, 'at_risk', 10.76, 13.05, 1, 18, 5, 2, 1, 34, NULL, NULL, NULL, NULL),
	(2258, 'Café Ünïcode', 'cus_bb4344b3a280', '2026-05-30', '2026-12-02 20:14:42.641904+00', 95, 'champion', 211.54, 252.30, 4, 8, 5, 5, 4, 34, NULL, NULL, NULL, NULL),
	(2259, 'Café Ünïcode', 'cus_c452353e338a', '2026-05-30', '2026-12-02 20:14:42.641904+00', 33, 'lost', 72.12, 123.81, 1, 221, 1, 2, 2, 34, NULL, NULL, NULL, NULL),
	(2260, 'Café Ünïcode', 'cus_c9788b6cd254', '2026-05-30', '2026-12-02 20:14:42.641904+00', 45, 'at_risk', 83.19, 133.94, 1, 189, 2, 2, 3, 34, NULL, NULL, NULL, NULL),
	(2261, 'Café Ünïcode', 'cus_cef2aefe9f62', '2026-05-30', '2026-12-02 20:14:42.641904+00', 80, 'loyal', 178.78, 235.05, 2, 65, 4, 4, 4, 34, NULL, NULL, NULL, NULL),
	(2262, 'Café Ünïcode', 'cus_d70c72dc7314', '2026-05-30', '2026-12-02 20:14:42.641904+00', 42, 'at_risk', 8.07, 11.60, 1, 117, 3, 2, 1, 34, NULL, NULL, NULL, NULL),
	(2263, 'Café Ünïcode', 'cus_d76432d548dd', '2026-05-30', '2026-12-02 20:14:42.641904+00', 85, 'champion', 80.23, 98.18, 4, 23, 5, 5, 2, 34, NULL, NULL, NULL, NULL),
	(2264, 'Café Ünïcode', 'cus_f0933e27ad22', '2026-05-30', '2026-12-02 20:14:42.641904+00', 72, 'loyal', 201.15, 359.77, 3, 245, 1, 5, 5, 34, NULL, NULL, NULL, NULL),
	(2292, 'fleet-000008', 'cus_0f70aa2da318', '2026-05-30', '2026-12-02 20:14:42.65504+00', 77, 'loyal', 22.79, 29.25, 3, 51, 5, 4, 2, 36, NULL, NULL, NULL, NULL),
	(2293, 'fleet-000008', 'cus_11f802251f76', '2026-05-30', '2026-12-02 20:14:42.65504+00', 38, 'lost', 81.67, 131.60, 1, 184, 1, 2, 3, 36, NULL, NULL, NULL, NULL),
	(2294, 'fleet-000008', 'cus_129c307efa0a', '2026-05-30', '2026-12-02 20:14:42.65504+00', 82, 'champion', 88.58, 102.01, 3, 27, 5, 4, 3, 36, NULL, NULL, NULL, NULL),
	(2295, 'fleet-000008', 'cus_14044d6e7559', '2026-05-30', '2026-12-02 20:14:42.65504+00', 40, 'lost', 53.09, 83.52, 1, 170, 2, 2, 2, 36, NULL, NULL, NULL, NULL),
	(2296, 'fleet-000008', 'cus_16918f21c7a0', '2026-05-30', '2026-12-02 20:14:42.65504+00', 95, 'champion', 166.69, 197.11, 4, 3, 5, 5, 4, 36, NULL, NULL, NULL, NULL),
	(2297, 'fleet-000008', 'cus_1c13a13d74d2', '2026-05-30', '2026-12-02 20:14:42.65504+00', 65, 'loyal', 123.63, 171.69, 2, 97, 3, 3, 4, 36, NULL, NULL, NULL, NULL),
	(2298, 'fleet-000008', 'cus_21dd84886ba9', '2026-05-30', '2026-12-02 20:14:42.65504+00', 67, 'loyal', 100.16, 136.97, 2, 88, 4, 3, 3, 36, NULL, NULL, NULL, NULL),
	(2299, 'fleet-000008', 'cus_2972bf74710b', '2026-05-30', '2026-12-02 20:14:42.65504+00', 81, 'champion', 149.31, 216.37, 4, 151, 3, 5, 4, 36, NULL, NULL, NULL, NULL),
	(2300, 'fleet-000008', 'cus_2e56139a68b9', '2026-05-30', '2026-12-02 20:14:42.65504+00', 49, 'at_risk', 49.72, 79.60, 3, 203, 1, 4, 2, 36, NULL, NULL, NULL, NULL),
	(2301, 'fleet-000008', 'cus_51d55726f1ae', '2026-05-30', '2026-12-02 20:14:42.65504+00', 55, 'at_risk', 56.42, 84.04, 2, 138, 3, 3, 2, 36, NULL, NULL, NULL, NULL),
	(2302, 'fleet-000008', 'cus_551aa99ab4e6', '2026-05-30', '2026-12-02 20:14:42.65504+00', 49, 'at_risk', 9.61, 11.56, 1, 65, 4, 2, 1, 36, NULL, NULL, NULL, NULL),
	(2303, 'fleet-000008', 'cus_55a1ff48dbb7', '2026-05-30', '2026-12-02 20:14:42.65504+00', 56, 'at_risk', 5.58, 6.43, 1, 42, 5, 2, 1, 36, NULL, NULL, NULL, NULL),
	(2304, 'fleet-000008', 'cus_6b3f640716b7', '2026-05-30', '2026-12-02 20:14:42.65504+00', 79, 'loyal', 158.90, 193.78, 2, 21, 5, 3, 4, 36, NULL, NULL, NULL, NULL),
	(2305, 'fleet-000008', 'cus_7454810c61b3', '2026-05-30', '2026-12-02 20:14:42.65504+00', 56, 'at_risk', 47.67, 72.85, 3, 153, 2, 4, 2, 36, NULL, NULL, NULL, NULL),
	(2306, 'fleet-000008', 'cus_812cddc9f626', '2026-05-30', '2026-12-02 20:14:42.65504+00', 42, 'at_risk', 14.35, 20.23, 1, 149, 3, 2, 1, 36, NULL, NULL, NULL, NULL),
	(2307, 'fleet-000008', 'cus_a8e43d719cab', '2026-05-30', '2026-12-02 20:14:42.65504+00', 79, 'loyal', 196.35, 306.82, 4, 166, 2, 5, 5, 36, NULL, NULL, NULL, NULL),
	(2308, 'fleet-000008', 'cus_a9f25b95771a', '2026-05-30', '2026-12-02 20:14:42.65504+00', 76, 'loyal', 74.24, 102.75, 4, 95, 3, 5, 3, 36, NULL, NULL, NULL, NULL),
	(2309, 'fleet-000008', 'cus_ad59d83f7876', '2026-05-30', '2026-12-02 20:14:42.65504+00', 79, 'loyal', 203.56, 319.17, 5, 168, 2, 5, 5, 36, NULL, NULL, NULL, NULL),
	(2310, 'fleet-000008', 'cus_b53b26c18dbc', '2026-05-30', '2026-12-02 20:14:42.65504+00', 28, 'lost', 11.21, 22.64, 1, 316, 1, 2, 1, 36, NULL, NULL, NULL, NULL),
	(2311, 'fleet-000008', 'cus_bbdd6917cad8', '2026-05-30', '2026-12-02 20:14:42.65504+00', 28, 'lost', 4.48, 7.09, 1, 173, 1, 2, 1, 36, NULL, NULL, NULL, NULL),
	(2312, 'fleet-000008', 'cus_bd00a2ac8508', '2026-05-30', '2026-12-02 20:14:42.65504+00', 79, 'loyal', 366.69, 571.03, 5, 164, 2, 5, 5, 36, NULL, NULL, NULL, NULL),
	(2313, 'fleet-000008', 'cus_c86a548aeebd', '2026-05-30', '2026-12-02 20:14:42.65504+00', 85, 'champion', 190.03, 261.65, 3, 92, 4, 4, 5, 36, NULL, NULL, NULL, NULL),
	(2314, 'fleet-000008', 'cus_d183b59e97b6', '2026-05-30', '2026-12-02 20:14:42.65504+00', 83, 'champion', 70.79, 91.96, 4, 58, 4, 5, 3, 36, NULL, NULL, NULL, NULL),
	(2315, 'fleet-000008', 'cus_d4a034f27fef', '2026-05-30', '2026-12-02 20:14:42.65504+00', 100, 'champion', 374.73, 479.38, 4, 49, 5, 5, 5, 36, NULL, NULL, NULL, NULL),
	(2316, 'fleet-000008', 'cus_e09edf7a5df5', '2026-05-30', '2026-12-02 20:14:42.65504+00', 38, 'lost', 50.97, 84.11, 1, 203, 1, 2, 3, 36, NULL, NULL, NULL, NULL),
	(2317, 'fleet-000008', 'cus_ee81f0cf7364', '2026-05-30', '2026-12-02 20:14:42.65504+00', 93, 'champion', 212.62, 278.59, 4, 63, 4, 5, 5, 36, NULL, NULL, NULL, NULL),
	(2318, 'fleet-000008', 'cus_f04025104251', '2026-05-30', '2026-12-02 20:14:42.65504+00', 73, 'loyal', 168.88, 251.55, 3, 138, 3, 4, 4, 36, NULL, NULL, NULL, NULL),
	(2346, 'fleet-000002', 'cus_02892d893636', '2026-05-30', '2026-12-02 20:14:42.668489+00', 57, 'at_risk', 5.16, 7.03, 1, 86, 4, 3, 1, 38, NULL, NULL, NULL, NULL),
	(2347, 'fleet-000002', 'cus_02eaa2934adc', '2026-05-30', '2026-12-02 20:14:42.668489+00', 74, 'loyal', 148.11, 238.66, 4, 184, 2, 5, 4, 38, NULL, NULL, NULL, NULL),
	(2348, 'fleet-000002', 'cus_0520a1ab307f', '2026-05-30', '2026-12-02 20:14:42.668489+00', 71, 'loyal', 228.36, 412.65, 3, 251, 2, 4, 5, 38, NULL, NULL, NULL, NULL),
	(2349, 'fleet-000002', 'cus_12a32992180a', '2026-05-30', '2026-12-02 20:14:42.668489+00', 36, 'lost', 12.25, 23.87, 1, 295, 1, 3, 1, 38, NULL, NULL, NULL, NULL),
	(2350, 'fleet-000002', 'cus_1fcc2b8600d3', '2026-05-30', '2026-12-02 20:14:42.668489+00', 79, 'loyal', 139.54, 176.03, 1, 43, 5, 3, 4, 38, NULL, NULL, NULL, NULL),
	(2351, 'fleet-000002', 'cus_24477a77686c', '2026-05-30', '2026-12-02 20:14:42.668489+00', 60, 'at_risk', 96.24, 151.42, 1, 170, 3, 3, 3, 38, NULL, NULL, NULL, NULL),
	(2352, 'fleet-000002', 'cus_371c69895ec4', '2026-05-30', '2026-12-02 20:14:42.668489+00', 86, 'champion', 275.48, 421.72, 4, 154, 3, 5, 5, 38, NULL, NULL, NULL, NULL),
	(2353, 'fleet-000002', 'cus_399dfb087c69', '2026-05-30', '2026-12-02 20:14:42.668489+00', 60, 'at_risk', 83.79, 131.15, 1, 167, 3, 3, 3, 38, NULL, NULL, NULL, NULL),
	(2354, 'fleet-000002', 'cus_3a0dee9db828', '2026-05-30', '2026-12-02 20:14:42.668489+00', 64, 'loyal', 21.64, 27.88, 1, 53, 5, 3, 1, 38, NULL, NULL, NULL, NULL),
	(2355, 'fleet-000002', 'cus_4145918b9c8f', '2026-05-30', '2026-12-02 20:14:42.668489+00', 95, 'champion', 191.95, 226.99, 4, 3, 5, 5, 4, 38, NULL, NULL, NULL, NULL),
	(2356, 'fleet-000002', 'cus_46ef2a067321', '2026-05-30', '2026-12-02 20:14:42.668489+00', 72, 'loyal', 120.11, 169.96, 1, 108, 4, 3, 4, 38, NULL, NULL, NULL, NULL),
	(2357, 'fleet-000002', 'cus_47a2020d68d5', '2026-05-30', '2026-12-02 20:14:42.668489+00', 72, 'loyal', 118.96, 170.36, 2, 115, 4, 3, 4, 38, NULL, NULL, NULL, NULL),
	(2358, 'fleet-000002', 'cus_481cd9a1cf31', '2026-05-30', '2026-12-02 20:14:42.668489+00', 61, 'loyal', 53.83, 85.27, 3, 174, 2, 4, 3, 38, NULL, NULL, NULL, NULL),
	(2359, 'fleet-000002', 'cus_4f9dfb66dc72', '2026-05-30', '2026-12-02 20:14:42.668489+00', 86, 'champion', 243.24, 351.66, 7, 121, 3, 5, 5, 38, NULL, NULL, NULL, NULL),
	(2360, 'fleet-000002', 'cus_5b536866e244', '2026-05-30', '2026-12-02 20:14:42.668489+00', 63, 'loyal', 155.35, 251.12, 2, 206, 2, 3, 5, 38, NULL, NULL, NULL, NULL),
	(2361, 'fleet-000002', 'cus_683daa25ce7d', '2026-05-30', '2026-12-02 20:14:42.668489+00', 86, 'champion', 166.47, 262.80, 4, 172, 3, 5, 5, 38, NULL, NULL, NULL, NULL),
	(2362, 'fleet-000002', 'cus_6856c65ac57e', '2026-05-30', '2026-12-02 20:14:42.668489+00', 36, 'lost', 12.51, 26.00, 1, 354, 1, 3, 1, 38, NULL, NULL, NULL, NULL),
	(2363, 'fleet-000002', 'cus_69429c1bd0e1', '2026-05-30', '2026-12-02 20:14:42.668489+00', 67, 'loyal', 88.48, 120.79, 2, 87, 4, 3, 3, 38, NULL, NULL, NULL, NULL),
	(2364, 'fleet-000002', 'cus_6af2d30e671e', '2026-05-30', '2026-12-02 20:14:42.668489+00', 46, 'at_risk', 52.94, 115.86, 1, 363, 1, 3, 3, 38, NULL, NULL, NULL, NULL),
	(2365, 'fleet-000002', 'cus_72b772867c73', '2026-05-30', '2026-12-02 20:14:42.668489+00', 60, 'at_risk', 117.39, 167.72, 2, 152, 3, 3, 3, 38, NULL, NULL, NULL, NULL),
	(2366, 'fleet-000002', 'cus_7f31badcdc49', '2026-05-30', '2026-12-02 20:14:42.668489+00', 77, 'loyal', 42.28, 55.97, 3, 69, 5, 4, 2, 38, NULL, NULL, NULL, NULL),
	(2367, 'fleet-000002', 'cus_b481956d3578', '2026-05-30', '2026-12-02 20:14:42.668489+00', 36, 'lost', 2.38, 5.06, 1, 345, 1, 3, 1, 38, NULL, NULL, NULL, NULL),
	(2368, 'fleet-000002', 'cus_c604f559ec9c', '2026-05-30', '2026-12-02 20:14:42.668489+00', 85, 'champion', 198.54, 265.08, 3, 74, 4, 4, 5, 38, NULL, NULL, NULL, NULL),
	(2369, 'fleet-000002', 'cus_e71d90a22a51', '2026-05-30', '2026-12-02 20:14:42.668489+00', 41, 'at_risk', 33.20, 68.00, 1, 330, 1, 3, 2, 38, NULL, NULL, NULL, NULL),
	(2370, 'fleet-000002', 'cus_f03b1c4aece2', '2026-05-30', '2026-12-02 20:14:42.668489+00', 77, 'loyal', 68.83, 83.10, 3, 38, 5, 4, 2, 38, NULL, NULL, NULL, NULL),
	(2371, 'fleet-000002', 'cus_f09157dc64f1', '2026-05-30', '2026-12-02 20:14:42.668489+00', 85, 'champion', 52.65, 62.28, 5, 8, 5, 5, 2, 38, NULL, NULL, NULL, NULL),
	(2372, 'fleet-000002', 'cus_f6bf949cdb0d', '2026-05-30', '2026-12-02 20:14:42.668489+00', 56, 'at_risk', 45.84, 78.03, 3, 216, 2, 4, 2, 38, NULL, NULL, NULL, NULL),
	(2399, 'fleet-000012', 'cus_0884da313124', '2026-05-30', '2026-12-02 20:14:42.68155+00', 35, 'lost', 13.97, 23.77, 1, 216, 2, 2, 1, 40, NULL, NULL, NULL, NULL),
	(2400, 'fleet-000012', 'cus_0bbd88c57d1c', '2026-05-30', '2026-12-02 20:14:42.68155+00', 77, 'loyal', 81.35, 98.70, 3, 18, 5, 4, 2, 40, NULL, NULL, NULL, NULL),
	(2401, 'fleet-000012', 'cus_11eeaa87da6f', '2026-05-30', '2026-12-02 20:14:42.68155+00', 46, 'at_risk', 89.65, 164.80, 2, 261, 1, 3, 3, 40, NULL, NULL, NULL, NULL),
	(2402, 'fleet-000012', 'cus_126a2aad50d8', '2026-05-30', '2026-12-02 20:14:42.68155+00', 58, 'at_risk', 135.08, 241.17, 2, 257, 2, 3, 4, 40, NULL, NULL, NULL, NULL),
	(2403, 'fleet-000012', 'cus_1720bae1e80e', '2026-05-30', '2026-12-02 20:14:42.68155+00', 28, 'lost', 11.58, 23.46, 1, 318, 1, 2, 1, 40, NULL, NULL, NULL, NULL),
	(2404, 'fleet-000012', 'cus_20a197c2cd9f', '2026-05-30', '2026-12-02 20:14:42.68155+00', 93, 'champion', 296.06, 372.69, 5, 48, 4, 5, 5, 40, NULL, NULL, NULL, NULL),
	(2405, 'fleet-000012', 'cus_2ab0b71976d1', '2026-05-30', '2026-12-02 20:14:42.68155+00', 93, 'champion', 250.62, 316.75, 4, 45, 4, 5, 5, 40, NULL, NULL, NULL, NULL),
	(2406, 'fleet-000012', 'cus_2bf5ec88fac4', '2026-05-30', '2026-12-02 20:14:42.68155+00', 78, 'loyal', 78.90, 103.91, 5, 66, 4, 5, 2, 40, NULL, NULL, NULL, NULL),
	(2407, 'fleet-000012', 'cus_2e8a758c6a8e', '2026-05-30', '2026-12-02 20:14:42.68155+00', 68, 'loyal', 103.83, 146.17, 3, 105, 3, 4, 3, 40, NULL, NULL, NULL, NULL),
	(2408, 'fleet-000012', 'cus_32b52ab917b4', '2026-05-30', '2026-12-02 20:14:42.68155+00', 95, 'champion', 265.55, 309.21, 7, 5, 5, 5, 4, 40, NULL, NULL, NULL, NULL),
	(2409, 'fleet-000012', 'cus_3336a6c05e0a', '2026-05-30', '2026-12-02 20:14:42.68155+00', 62, 'loyal', 37.14, 48.67, 2, 63, 4, 3, 2, 40, NULL, NULL, NULL, NULL),
	(2410, 'fleet-000012', 'cus_34929bd112d6', '2026-05-30', '2026-12-02 20:14:42.68155+00', 65, 'loyal', 150.55, 210.51, 2, 101, 3, 3, 4, 40, NULL, NULL, NULL, NULL),
	(2411, 'fleet-000012', 'cus_3b42544ede35', '2026-05-30', '2026-12-02 20:14:42.68155+00', 38, 'lost', 56.91, 109.47, 1, 313, 1, 2, 3, 40, NULL, NULL, NULL, NULL),
	(2412, 'fleet-000012', 'cus_41aa5243c4f7', '2026-05-30', '2026-12-02 20:14:42.68155+00', 33, 'lost', 48.78, 85.99, 1, 267, 1, 2, 2, 40, NULL, NULL, NULL, NULL);
INSERT INTO public.customer_ltv_history_2026_05_30 VALUES
	(2413, 'fleet-000012', 'cus_472642b8e1b9', '2026-05-30', '2026-12-02 20:14:42.68155+00', 100, 'champion', 281.48, 353.38, 4, 38, 5, 5, 5, 40, NULL, NULL, NULL, NULL),
	(2414, 'fleet-000012', 'cus_47e5c7824a8f', '2026-05-30', '2026-12-02 20:14:42.68155+00', 35, 'lost', 7.56, 11.41, 1, 185, 2, 2, 1, 40, NULL, NULL, NULL, NULL),
	(2415, 'fleet-000012', 'cus_64858afd1466', '2026-05-30', '2026-12-02 20:14:42.68155+00', 35, 'lost', 13.28, 20.01, 1, 146, 2, 2, 1, 40, NULL, NULL, NULL, NULL),
	(2416, 'fleet-000012', 'cus_9c4fef5cdeec', '2026-05-30', '2026-12-02 20:14:42.68155+00', 42, 'at_risk', 25.37, 35.23, 1, 97, 3, 2, 1, 40, NULL, NULL, NULL, NULL),
	(2417, 'fleet-000012', 'cus_9dbeae088179', '2026-05-30', '2026-12-02 20:14:42.68155+00', 86, 'champion', 241.24, 323.20, 4, 76, 3, 5, 5, 40, NULL, NULL, NULL, NULL),
	(2418, 'fleet-000012', 'cus_a2fdffc2ac4e', '2026-05-30', '2026-12-02 20:14:42.68155+00', 46, 'at_risk', 63.52, 122.07, 2, 287, 1, 3, 3, 40, NULL, NULL, NULL, NULL),
	(2419, 'fleet-000012', 'cus_ad1b6f7b09cc', '2026-05-30', '2026-12-02 20:14:42.68155+00', 100, 'champion', 308.38, 360.63, 4, 16, 5, 5, 5, 40, NULL, NULL, NULL, NULL),
	(2420, 'fleet-000012', 'cus_b0f22bab6018', '2026-05-30', '2026-12-02 20:14:42.68155+00', 74, 'loyal', 158.16, 225.72, 4, 138, 2, 5, 4, 40, NULL, NULL, NULL, NULL),
	(2421, 'fleet-000012', 'cus_b707a15e1946', '2026-05-30', '2026-12-02 20:14:42.68155+00', 67, 'loyal', 156.98, 199.11, 2, 44, 4, 3, 3, 40, NULL, NULL, NULL, NULL),
	(2422, 'fleet-000012', 'cus_bce7f33989f6', '2026-05-30', '2026-12-02 20:14:42.68155+00', 100, 'champion', 358.47, 452.35, 4, 41, 5, 5, 5, 40, NULL, NULL, NULL, NULL),
	(2423, 'fleet-000012', 'cus_d68899347365', '2026-05-30', '2026-12-02 20:14:42.68155+00', 47, 'at_risk', 66.71, 83.48, 1, 86, 3, 2, 2, 40, NULL, NULL, NULL, NULL),
	(2424, 'fleet-000012', 'cus_f63b5bd40fa7', '2026-05-30', '2026-12-02 20:14:42.68155+00', 87, 'champion', 231.08, 289.61, 3, 37, 5, 4, 4, 40, NULL, NULL, NULL, NULL),
	(2448, 'fleet-000010', 'cus_03fcfe139fd0', '2026-05-30', '2026-12-02 20:14:42.694634+00', 75, 'loyal', 116.11, 144.04, 2, 31, 4, 4, 3, 42, NULL, NULL, NULL, NULL),
	(2449, 'fleet-000010', 'cus_1b5af938356e', '2026-05-30', '2026-12-02 20:14:42.694634+00', 75, 'loyal', 113.88, 142.72, 2, 37, 4, 4, 3, 42, NULL, NULL, NULL, NULL),
	(2450, 'fleet-000010', 'cus_2d78619dca40', '2026-05-30', '2026-12-02 20:14:42.694634+00', 100, 'champion', 402.82, 492.07, 6, 22, 5, 5, 5, 42, NULL, NULL, NULL, NULL),
	(2451, 'fleet-000010', 'cus_2e81fbd9b526', '2026-05-30', '2026-12-02 20:14:42.694634+00', 52, 'at_risk', 116.87, 148.20, 1, 93, 3, 2, 3, 42, NULL, NULL, NULL, NULL),
	(2452, 'fleet-000010', 'cus_3d2f13fd5353', '2026-05-30', '2026-12-02 20:14:42.694634+00', 71, 'loyal', 209.88, 300.57, 2, 115, 2, 4, 5, 42, NULL, NULL, NULL, NULL),
	(2453, 'fleet-000010', 'cus_3e90c8214c2b', '2026-05-30', '2026-12-02 20:14:42.694634+00', 73, 'loyal', 181.47, 234.55, 2, 55, 3, 4, 4, 42, NULL, NULL, NULL, NULL),
	(2454, 'fleet-000010', 'cus_58abdfbfa6eb', '2026-05-30', '2026-12-02 20:14:42.694634+00', 33, 'lost', 53.05, 92.95, 1, 233, 1, 2, 2, 42, NULL, NULL, NULL, NULL),
	(2455, 'fleet-000010', 'cus_5e121679be63', '2026-05-30', '2026-12-02 20:14:42.694634+00', 100, 'champion', 277.27, 332.39, 4, 11, 5, 5, 5, 42, NULL, NULL, NULL, NULL),
	(2456, 'fleet-000010', 'cus_7af46e2dc7f4', '2026-05-30', '2026-12-02 20:14:42.694634+00', 73, 'loyal', 170.50, 224.34, 3, 74, 3, 4, 4, 42, NULL, NULL, NULL, NULL),
	(2457, 'fleet-000010', 'cus_86105b97dba8', '2026-05-30', '2026-12-02 20:14:42.694634+00', 49, 'at_risk', 41.40, 77.06, 2, 294, 1, 4, 2, 42, NULL, NULL, NULL, NULL),
	(2458, 'fleet-000010', 'cus_8aeda42569a7', '2026-05-30', '2026-12-02 20:14:42.694634+00', 40, 'lost', 51.45, 86.98, 1, 212, 2, 2, 2, 42, NULL, NULL, NULL, NULL),
	(2459, 'fleet-000010', 'cus_9060da63f57e', '2026-05-30', '2026-12-02 20:14:42.694634+00', 66, 'loyal', 129.09, 137.59, 1, 1, 5, 2, 3, 42, NULL, NULL, NULL, NULL),
	(2460, 'fleet-000010', 'cus_9323478db63b', '2026-05-30', '2026-12-02 20:14:42.694634+00', 42, 'at_risk', 3.75, 4.85, 1, 56, 3, 2, 1, 42, NULL, NULL, NULL, NULL),
	(2461, 'fleet-000010', 'cus_97fa38e9418a', '2026-05-30', '2026-12-02 20:14:42.694634+00', 100, 'champion', 242.72, 294.48, 4, 18, 5, 5, 5, 42, NULL, NULL, NULL, NULL),
	(2462, 'fleet-000010', 'cus_9d0aaa521375', '2026-05-30', '2026-12-02 20:14:42.694634+00', 93, 'champion', 391.18, 487.76, 4, 34, 4, 5, 5, 42, NULL, NULL, NULL, NULL),
	(2463, 'fleet-000010', 'cus_9f28df5bbf40', '2026-05-30', '2026-12-02 20:14:42.694634+00', 74, 'loyal', 160.15, 225.85, 5, 106, 2, 5, 4, 42, NULL, NULL, NULL, NULL),
	(2464, 'fleet-000010', 'cus_a2dfa5f62c4e', '2026-05-30', '2026-12-02 20:14:42.694634+00', 49, 'at_risk', 68.20, 131.06, 2, 287, 1, 4, 2, 42, NULL, NULL, NULL, NULL),
	(2465, 'fleet-000010', 'cus_a38b560d0ced', '2026-05-30', '2026-12-02 20:14:42.694634+00', 65, 'loyal', 38.41, 47.57, 2, 30, 4, 4, 1, 42, NULL, NULL, NULL, NULL),
	(2466, 'fleet-000010', 'cus_a48e49fcb3d7', '2026-05-30', '2026-12-02 20:14:42.694634+00', 61, 'loyal', 89.35, 139.62, 3, 166, 2, 4, 3, 42, NULL, NULL, NULL, NULL),
	(2467, 'fleet-000010', 'cus_bbee2789599d', '2026-05-30', '2026-12-02 20:14:42.694634+00', 56, 'at_risk', 67.07, 92.17, 2, 115, 2, 4, 2, 42, NULL, NULL, NULL, NULL),
	(2468, 'fleet-000010', 'cus_bdbe175a3982', '2026-05-30', '2026-12-02 20:14:42.694634+00', 88, 'champion', 197.53, 252.26, 4, 48, 4, 5, 4, 42, NULL, NULL, NULL, NULL),
	(2469, 'fleet-000010', 'cus_c65d258d8e90', '2026-05-30', '2026-12-02 20:14:42.694634+00', 28, 'lost', 34.33, 58.14, 1, 213, 1, 2, 1, 42, NULL, NULL, NULL, NULL),
	(2470, 'fleet-000010', 'cus_d317fc9c391b', '2026-05-30', '2026-12-02 20:14:42.694634+00', 72, 'loyal', 24.19, 29.60, 2, 23, 5, 4, 1, 42, NULL, NULL, NULL, NULL),
	(2471, 'fleet-000010', 'cus_d9867c97cf48', '2026-05-30', '2026-12-02 20:14:42.694634+00', 73, 'loyal', 190.44, 251.67, 2, 68, 3, 4, 4, 42, NULL, NULL, NULL, NULL),
	(2497, 'fleet-000009', 'cus_0ec19c7e61a7', '2026-05-30', '2026-12-02 20:14:42.707926+00', 87, 'champion', 240.51, 295.82, 3, 26, 5, 4, 4, 44, NULL, NULL, NULL, NULL),
	(2498, 'fleet-000009', 'cus_1ba673985fd1', '2026-05-30', '2026-12-02 20:14:42.707926+00', 55, 'at_risk', 49.38, 67.99, 2, 92, 3, 3, 2, 44, NULL, NULL, NULL, NULL),
	(2499, 'fleet-000009', 'cus_1d31b952664c', '2026-05-30', '2026-12-02 20:14:42.707926+00', 77, 'loyal', 100.19, 120.52, 3, 13, 5, 4, 2, 44, NULL, NULL, NULL, NULL),
	(2500, 'fleet-000009', 'cus_1db7baf58f5a', '2026-05-30', '2026-12-02 20:14:42.707926+00', 44, 'at_risk', 15.97, 26.54, 3, 202, 1, 4, 1, 44, NULL, NULL, NULL, NULL),
	(2501, 'fleet-000009', 'cus_20a2c39e59a3', '2026-05-30', '2026-12-02 20:14:42.707926+00', 53, 'at_risk', 121.75, 201.29, 2, 199, 2, 3, 3, 44, NULL, NULL, NULL, NULL),
	(2502, 'fleet-000009', 'cus_20b5b510428f', '2026-05-30', '2026-12-02 20:14:42.707926+00', 78, 'loyal', 237.75, 337.58, 3, 110, 3, 4, 5, 44, NULL, NULL, NULL, NULL),
	(2503, 'fleet-000009', 'cus_3aa2182d544e', '2026-05-30', '2026-12-02 20:14:42.707926+00', 43, 'at_risk', 13.30, 21.69, 2, 191, 2, 3, 1, 44, NULL, NULL, NULL, NULL),
	(2504, 'fleet-000009', 'cus_5b4f94c12e23', '2026-05-30', '2026-12-02 20:14:42.707926+00', 38, 'lost', 94.39, 178.49, 1, 304, 1, 2, 3, 44, NULL, NULL, NULL, NULL),
	(2505, 'fleet-000009', 'cus_5b686c19c1e6', '2026-05-30', '2026-12-02 20:14:42.707926+00', 33, 'lost', 70.74, 114.43, 1, 201, 1, 2, 2, 44, NULL, NULL, NULL, NULL),
	(2506, 'fleet-000009', 'cus_5c038552c734', '2026-05-30', '2026-12-02 20:14:42.707926+00', 71, 'loyal', 185.38, 302.32, 3, 191, 2, 4, 5, 44, NULL, NULL, NULL, NULL),
	(2507, 'fleet-000009', 'cus_5d5bcc436011', '2026-05-30', '2026-12-02 20:14:42.707926+00', 28, 'lost', 18.96, 31.46, 1, 201, 1, 2, 1, 44, NULL, NULL, NULL, NULL),
	(2508, 'fleet-000009', 'cus_5db227bad8bc', '2026-05-30', '2026-12-02 20:14:42.707926+00', 28, 'lost', 26.57, 48.10, 1, 252, 1, 2, 1, 44, NULL, NULL, NULL, NULL),
	(2509, 'fleet-000009', 'cus_66b13223ef5e', '2026-05-30', '2026-12-02 20:14:42.707926+00', 88, 'champion', 233.61, 282.70, 4, 36, 4, 5, 4, 44, NULL, NULL, NULL, NULL),
	(2510, 'fleet-000009', 'cus_6afdcbaa3dbb', '2026-05-30', '2026-12-02 20:14:42.707926+00', 67, 'loyal', 102.07, 121.98, 2, 58, 4, 3, 3, 44, NULL, NULL, NULL, NULL),
	(2511, 'fleet-000009', 'cus_748a90a87e48', '2026-05-30', '2026-12-02 20:14:42.707926+00', 73, 'loyal', 155.89, 224.78, 3, 119, 3, 4, 4, 44, NULL, NULL, NULL, NULL),
	(2512, 'fleet-000009', 'cus_75240d7b09c9', '2026-05-30', '2026-12-02 20:14:42.707926+00', 35, 'lost', 33.65, 48.35, 1, 159, 2, 2, 1, 44, NULL, NULL, NULL, NULL),
	(2513, 'fleet-000009', 'cus_7632b11c7d50', '2026-05-30', '2026-12-02 20:14:42.707926+00', 87, 'champion', 224.02, 275.06, 3, 25, 5, 4, 4, 44, NULL, NULL, NULL, NULL),
	(2514, 'fleet-000009', 'cus_903125a97ecb', '2026-05-30', '2026-12-02 20:14:42.707926+00', 53, 'at_risk', 104.29, 157.75, 2, 147, 2, 3, 3, 44, NULL, NULL, NULL, NULL),
	(2515, 'fleet-000009', 'cus_92854d768154', '2026-05-30', '2026-12-02 20:14:42.707926+00', 62, 'loyal', 92.97, 121.81, 2, 63, 4, 3, 2, 44, NULL, NULL, NULL, NULL),
	(2516, 'fleet-000009', 'cus_a4e3cd8f1f8e', '2026-05-30', '2026-12-02 20:14:42.707926+00', 88, 'champion', 190.86, 257.01, 4, 79, 4, 5, 4, 44, NULL, NULL, NULL, NULL),
	(2517, 'fleet-000009', 'cus_c3847ef4e959', '2026-05-30', '2026-12-02 20:14:42.707926+00', 93, 'champion', 320.06, 406.65, 4, 45, 4, 5, 5, 44, NULL, NULL, NULL, NULL),
	(2518, 'fleet-000009', 'cus_c70dfe8a104e', '2026-05-30', '2026-12-02 20:14:42.707926+00', 52, 'at_risk', 117.00, 159.12, 1, 130, 3, 2, 3, 44, NULL, NULL, NULL, NULL),
	(2519, 'fleet-000009', 'cus_e12650d90a19', '2026-05-30', '2026-12-02 20:14:42.707926+00', 86, 'champion', 354.80, 491.03, 6, 95, 3, 5, 5, 44, NULL, NULL, NULL, NULL),
	(2520, 'fleet-000009', 'cus_e8c8e5072687', '2026-05-30', '2026-12-02 20:14:42.707926+00', 100, 'champion', 349.77, 433.89, 5, 31, 5, 5, 5, 44, NULL, NULL, NULL, NULL),
	(2521, 'fleet-000009', 'cus_efda421d83f5', '2026-05-30', '2026-12-02 20:14:42.707926+00', 61, 'loyal', 43.10, 51.32, 1, 7, 5, 2, 2, 44, NULL, NULL, NULL, NULL),
	(2550, 'fleet-000005', 'cus_088194297f98', '2026-05-30', '2026-12-02 20:14:42.720857+00', 72, 'loyal', 176.22, 215.49, 2, 69, 4, 3, 4, 46, NULL, NULL, NULL, NULL),
	(2551, 'fleet-000005', 'cus_0b209159e72e', '2026-05-30', '2026-12-02 20:14:42.720857+00', 74, 'loyal', 145.66, 233.52, 3, 181, 2, 5, 4, 46, NULL, NULL, NULL, NULL),
	(2552, 'fleet-000005', 'cus_14ed3e6020c8', '2026-05-30', '2026-12-02 20:14:42.720857+00', 35, 'lost', 26.88, 44.14, 1, 195, 2, 2, 1, 46, NULL, NULL, NULL, NULL),
	(2553, 'fleet-000005', 'cus_20b25ab9b897', '2026-05-30', '2026-12-02 20:14:42.720857+00', 33, 'lost', 73.46, 136.44, 1, 269, 1, 2, 2, 46, NULL, NULL, NULL, NULL),
	(2554, 'fleet-000005', 'cus_3fe311693ab3', '2026-05-30', '2026-12-02 20:14:42.720857+00', 81, 'champion', 135.21, 193.64, 3, 115, 3, 5, 4, 46, NULL, NULL, NULL, NULL),
	(2555, 'fleet-000005', 'cus_481a8516ff50', '2026-05-30', '2026-12-02 20:14:42.720857+00', 81, 'champion', 145.14, 204.81, 3, 126, 3, 5, 4, 46, NULL, NULL, NULL, NULL),
	(2556, 'fleet-000005', 'cus_50eaa8e0f0e1', '2026-05-30', '2026-12-02 20:14:42.720857+00', 69, 'loyal', 94.31, 111.90, 2, 5, 5, 3, 2, 46, NULL, NULL, NULL, NULL),
	(2557, 'fleet-000005', 'cus_5439f3cf0dd8', '2026-05-30', '2026-12-02 20:14:42.720857+00', 50, 'at_risk', 114.30, 187.37, 1, 194, 2, 2, 4, 46, NULL, NULL, NULL, NULL),
	(2558, 'fleet-000005', 'cus_577d9eb7761e', '2026-05-30', '2026-12-02 20:14:42.720857+00', 100, 'champion', 320.21, 402.00, 4, 38, 5, 5, 5, 46, NULL, NULL, NULL, NULL),
	(2559, 'fleet-000005', 'cus_58b4735d947f', '2026-05-30', '2026-12-02 20:14:42.720857+00', 38, 'lost', 78.02, 145.39, 1, 269, 1, 2, 3, 46, NULL, NULL, NULL, NULL),
	(2560, 'fleet-000005', 'cus_5bef19d087c6', '2026-05-30', '2026-12-02 20:14:42.720857+00', 67, 'loyal', 127.58, 158.72, 2, 41, 4, 3, 3, 46, NULL, NULL, NULL, NULL),
	(2561, 'fleet-000005', 'cus_610563ac1f41', '2026-05-30', '2026-12-02 20:14:42.720857+00', 60, 'at_risk', 97.24, 144.59, 2, 137, 3, 3, 3, 46, NULL, NULL, NULL, NULL),
	(2562, 'fleet-000005', 'cus_655a61e2f13c', '2026-05-30', '2026-12-02 20:14:42.720857+00', 85, 'champion', 64.28, 77.32, 3, 13, 5, 5, 2, 46, NULL, NULL, NULL, NULL),
	(2563, 'fleet-000005', 'cus_68db7fd224ad', '2026-05-30', '2026-12-02 20:14:42.720857+00', 35, 'lost', 10.00, 17.20, 1, 254, 2, 2, 1, 46, NULL, NULL, NULL, NULL),
	(2564, 'fleet-000005', 'cus_6f853ffb784d', '2026-05-30', '2026-12-02 20:14:42.720857+00', 100, 'champion', 261.87, 326.52, 3, 34, 5, 5, 5, 46, NULL, NULL, NULL, NULL),
	(2565, 'fleet-000005', 'cus_70604aef0626', '2026-05-30', '2026-12-02 20:14:42.720857+00', 71, 'loyal', 69.05, 99.90, 3, 121, 3, 5, 2, 46, NULL, NULL, NULL, NULL),
	(2566, 'fleet-000005', 'cus_94195779081e', '2026-05-30', '2026-12-02 20:14:42.720857+00', 78, 'loyal', 112.62, 143.33, 3, 46, 4, 5, 2, 46, NULL, NULL, NULL, NULL),
	(2567, 'fleet-000005', 'cus_9fa8ceae5ce6', '2026-05-30', '2026-12-02 20:14:42.720857+00', 100, 'champion', 206.95, 259.65, 4, 39, 5, 5, 5, 46, NULL, NULL, NULL, NULL),
	(2568, 'fleet-000005', 'cus_9ff0b2c943a9', '2026-05-30', '2026-12-02 20:14:42.720857+00', 93, 'champion', 248.67, 332.58, 5, 75, 4, 5, 5, 46, NULL, NULL, NULL, NULL),
	(2569, 'fleet-000005', 'cus_bbdf4d7f3823', '2026-05-30', '2026-12-02 20:14:42.720857+00', 52, 'at_risk', 96.84, 149.52, 1, 159, 3, 2, 3, 46, NULL, NULL, NULL, NULL),
	(2570, 'fleet-000005', 'cus_bc5067ce9b8c', '2026-05-30', '2026-12-02 20:14:42.720857+00', 28, 'lost', 4.12, 9.04, 1, 364, 1, 2, 1, 46, NULL, NULL, NULL, NULL),
	(2571, 'fleet-000005', 'cus_cddf232c88a3', '2026-05-30', '2026-12-02 20:14:42.720857+00', 90, 'champion', 128.77, 160.29, 3, 33, 5, 5, 3, 46, NULL, NULL, NULL, NULL),
	(2572, 'fleet-000005', 'cus_da46ecf16f5e', '2026-05-30', '2026-12-02 20:14:42.720857+00', 28, 'lost', 3.89, 7.61, 1, 298, 1, 2, 1, 46, NULL, NULL, NULL, NULL),
	(2573, 'fleet-000005', 'cus_dc676a140511', '2026-05-30', '2026-12-02 20:14:42.720857+00', 54, 'at_risk', 35.36, 47.70, 1, 80, 4, 2, 2, 46, NULL, NULL, NULL, NULL),
	(2574, 'fleet-000005', 'cus_e09714dcce2a', '2026-05-30', '2026-12-02 20:14:42.720857+00', 79, 'loyal', 147.38, 234.27, 3, 176, 2, 5, 5, 46, NULL, NULL, NULL, NULL),
	(2575, 'fleet-000005', 'cus_eb9930082e89', '2026-05-30', '2026-12-02 20:14:42.720857+00', 49, 'at_risk', 15.16, 19.90, 1, 64, 4, 2, 1, 46, NULL, NULL, NULL, NULL),
	(2576, 'fleet-000005', 'cus_ed946fdeb53f', '2026-05-30', '2026-12-02 20:14:42.720857+00', 67, 'loyal', 111.76, 207.91, 3, 268, 1, 5, 4, 46, NULL, NULL, NULL, NULL),
	(2577, 'fleet-000005', 'cus_fb472fce3505', '2026-05-30', '2026-12-02 20:14:42.720857+00', 79, 'loyal', 134.04, 241.38, 3, 249, 2, 5, 5, 46, NULL, NULL, NULL, NULL),
	(2599, 'fleet-000006', 'cus_233d98b895f2', '2026-05-30', '2026-12-02 20:14:42.733628+00', 46, 'at_risk', 53.18, 98.76, 2, 267, 1, 3, 3, 48, NULL, NULL, NULL, NULL),
	(2600, 'fleet-000006', 'cus_2e9ade831fb0', '2026-05-30', '2026-12-02 20:14:42.733628+00', 35, 'lost', 5.53, 8.78, 1, 187, 2, 2, 1, 48, NULL, NULL, NULL, NULL),
	(2601, 'fleet-000006', 'cus_3611cd349c12', '2026-05-30', '2026-12-02 20:14:42.733628+00', 76, 'loyal', 46.84, 72.69, 3, 162, 3, 5, 3, 48, NULL, NULL, NULL, NULL),
	(2602, 'fleet-000006', 'cus_36b00917068f', '2026-05-30', '2026-12-02 20:14:42.733628+00', 43, 'at_risk', 61.95, 133.28, 1, 353, 1, 2, 4, 48, NULL, NULL, NULL, NULL),
	(2603, 'fleet-000006', 'cus_3bd27e892002', '2026-05-30', '2026-12-02 20:14:42.733628+00', 48, 'at_risk', 29.49, 44.03, 2, 178, 2, 3, 2, 48, NULL, NULL, NULL, NULL),
	(2604, 'fleet-000006', 'cus_42da664fb620', '2026-05-30', '2026-12-02 20:14:42.733628+00', 100, 'champion', 244.42, 304.24, 3, 33, 5, 5, 5, 48, NULL, NULL, NULL, NULL),
	(2605, 'fleet-000006', 'cus_49805866fb4f', '2026-05-30', '2026-12-02 20:14:42.733628+00', 49, 'at_risk', 4.92, 6.58, 1, 87, 4, 2, 1, 48, NULL, NULL, NULL, NULL),
	(2606, 'fleet-000006', 'cus_5649b0b54c22', '2026-05-30', '2026-12-02 20:14:42.733628+00', 88, 'champion', 112.51, 149.96, 3, 73, 4, 5, 4, 48, NULL, NULL, NULL, NULL),
	(2607, 'fleet-000006', 'cus_596b85a081ad', '2026-05-30', '2026-12-02 20:14:42.733628+00', 40, 'lost', 35.53, 57.85, 1, 190, 2, 2, 2, 48, NULL, NULL, NULL, NULL),
	(2608, 'fleet-000006', 'cus_5bdc7903eba7', '2026-05-30', '2026-12-02 20:14:42.733628+00', 85, 'champion', 34.43, 44.35, 3, 53, 5, 5, 2, 48, NULL, NULL, NULL, NULL),
	(2609, 'fleet-000006', 'cus_5fceed71b0e1', '2026-05-30', '2026-12-02 20:14:42.733628+00', 100, 'champion', 170.49, 205.48, 3, 22, 5, 5, 5, 48, NULL, NULL, NULL, NULL),
	(2610, 'fleet-000006', 'cus_79c3a56a9678', '2026-05-30', '2026-12-02 20:14:42.733628+00', 93, 'champion', 189.34, 251.50, 4, 71, 4, 5, 5, 48, NULL, NULL, NULL, NULL),
	(2611, 'fleet-000006', 'cus_7bdfa3a19c47', '2026-05-30', '2026-12-02 20:14:42.733628+00', 77, 'loyal', 139.94, 183.27, 2, 76, 4, 3, 5, 48, NULL, NULL, NULL, NULL),
	(2612, 'fleet-000006', 'cus_84b89a7148a6', '2026-05-30', '2026-12-02 20:14:42.733628+00', 45, 'at_risk', 40.44, 62.98, 1, 164, 2, 2, 3, 48, NULL, NULL, NULL, NULL),
	(2613, 'fleet-000006', 'cus_b1ef43d61623', '2026-05-30', '2026-12-02 20:14:42.733628+00', 81, 'champion', 78.90, 108.98, 3, 126, 3, 5, 4, 48, NULL, NULL, NULL, NULL),
	(2614, 'fleet-000006', 'cus_b276920a4e58', '2026-05-30', '2026-12-02 20:14:42.733628+00', 28, 'lost', 10.65, 17.94, 1, 210, 1, 2, 1, 48, NULL, NULL, NULL, NULL),
	(2615, 'fleet-000006', 'cus_b8fef693666b', '2026-05-30', '2026-12-02 20:14:42.733628+00', 28, 'lost', 0.00, 0.00, 1, 218, 1, 2, 1, 48, NULL, NULL, NULL, NULL),
	(2616, 'fleet-000006', 'cus_c466b3d24c4e', '2026-05-30', '2026-12-02 20:14:42.733628+00', 55, 'at_risk', 32.65, 50.49, 2, 160, 3, 3, 2, 48, NULL, NULL, NULL, NULL),
	(2617, 'fleet-000006', 'cus_c6a225375476', '2026-05-30', '2026-12-02 20:14:42.733628+00', 100, 'champion', 197.74, 243.21, 3, 26, 5, 5, 5, 48, NULL, NULL, NULL, NULL),
	(2618, 'fleet-000006', 'cus_d06a70b4e1bb', '2026-05-30', '2026-12-02 20:14:42.733628+00', 65, 'loyal', 130.78, 179.14, 2, 89, 3, 3, 4, 48, NULL, NULL, NULL, NULL),
	(2619, 'fleet-000006', 'cus_e584ffb2d1f9', '2026-05-30', '2026-12-02 20:14:42.733628+00', 90, 'champion', 54.06, 69.51, 3, 52, 5, 5, 3, 48, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_history_2026_06_01; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_history_2026_06_01 VALUES
	(1, 'Café Ünïcode', 'cus_06133d9073ef', '2026-06-01', '2026-12-02 20:14:42.115666+00', 61, 'loyal', 128.41, 200.06, 2, 172, 2, 4, 3, 1, NULL, NULL, NULL, NULL),
	(2, 'Café Ünïcode', 'cus_0dfa50bc7dbf', '2026-06-01', '2026-12-02 20:14:42.115666+00', 81, 'champion', 174.10, 247.20, 3, 110, 3, 5, 4, 1, NULL, NULL, NULL, NULL),
	(3, 'Café Ünïcode', 'cus_14ebcf7db029', '2026-06-01', '2026-12-02 20:14:42.115666+00', 75, 'loyal', 126.81, 165.02, 2, 59, 4, 4, 3, 1, NULL, NULL, NULL, NULL),
	(4, 'Café Ünïcode', 'cus_196f2739157a', '2026-06-01', '2026-12-02 20:14:42.115666+00', 92, 'champion', 221.32, 265.32, 2, 11, 5, 4, 5, 1, NULL, NULL, NULL, NULL),
	(5, 'Café Ünïcode', 'cus_1eea22a4b901', '2026-06-01', '2026-12-02 20:14:42.115666+00', 86, 'champion', 477.85, 605.21, 4, 81, 3, 5, 5, 1, NULL, NULL, NULL, NULL),
	(6, 'Café Ünïcode', 'cus_2d28ffbc2a04', '2026-06-01', '2026-12-02 20:14:42.115666+00', 74, 'loyal', 153.62, 248.12, 3, 188, 2, 5, 4, 1, NULL, NULL, NULL, NULL),
	(7, 'Café Ünïcode', 'cus_32421d7d151e', '2026-06-01', '2026-12-02 20:14:42.115666+00', 56, 'at_risk', 80.41, 128.26, 2, 184, 2, 4, 2, 1, NULL, NULL, NULL, NULL),
	(8, 'Café Ünïcode', 'cus_595c31a03e2b', '2026-06-01', '2026-12-02 20:14:42.115666+00', 28, 'lost', 4.99, 9.97, 1, 310, 1, 2, 1, 1, NULL, NULL, NULL, NULL),
	(9, 'Café Ünïcode', 'cus_5e52db6af860', '2026-06-01', '2026-12-02 20:14:42.115666+00', 65, 'loyal', 39.90, 51.83, 2, 58, 4, 4, 1, 1, NULL, NULL, NULL, NULL),
	(10, 'Café Ünïcode', 'cus_67bc486bf422', '2026-06-01', '2026-12-02 20:14:42.115666+00', 85, 'champion', 214.15, 278.68, 2, 59, 4, 4, 5, 1, NULL, NULL, NULL, NULL),
	(11, 'Café Ünïcode', 'cus_68519c6d37a3', '2026-06-01', '2026-12-02 20:14:42.115666+00', 52, 'at_risk', 0.00, 0.00, 3, 227, 1, 5, 1, 1, NULL, NULL, NULL, NULL),
	(12, 'Café Ünïcode', 'cus_786630c0dba5', '2026-06-01', '2026-12-02 20:14:42.115666+00', 40, 'lost', 54.59, 82.15, 1, 144, 2, 2, 2, 1, NULL, NULL, NULL, NULL),
	(13, 'Café Ünïcode', 'cus_8407d81e85db', '2026-06-01', '2026-12-02 20:14:42.115666+00', 33, 'lost', 32.82, 67.84, 1, 351, 1, 2, 2, 1, NULL, NULL, NULL, NULL),
	(14, 'Café Ünïcode', 'cus_855f8e3b95a3', '2026-06-01', '2026-12-02 20:14:42.115666+00', 76, 'loyal', 93.00, 133.87, 3, 118, 3, 5, 3, 1, NULL, NULL, NULL, NULL),
	(15, 'Café Ünïcode', 'cus_a0295af9952c', '2026-06-01', '2026-12-02 20:14:42.115666+00', 100, 'champion', 262.55, 322.92, 4, 26, 5, 5, 5, 1, NULL, NULL, NULL, NULL),
	(16, 'Café Ünïcode', 'cus_a0a13454876e', '2026-06-01', '2026-12-02 20:14:42.115666+00', 68, 'loyal', 110.56, 163.28, 2, 133, 3, 4, 3, 1, NULL, NULL, NULL, NULL),
	(17, 'Café Ünïcode', 'cus_b284a31aa05a', '2026-06-01', '2026-12-02 20:14:42.115666+00', 56, 'at_risk', 38.35, 62.23, 2, 188, 2, 4, 2, 1, NULL, NULL, NULL, NULL),
	(18, 'Café Ünïcode', 'cus_b33a1ce468b6', '2026-06-01', '2026-12-02 20:14:42.115666+00', 93, 'champion', 249.08, 323.03, 3, 57, 4, 5, 5, 1, NULL, NULL, NULL, NULL),
	(19, 'Café Ünïcode', 'cus_b47b1cae4902', '2026-06-01', '2026-12-02 20:14:42.115666+00', 56, 'at_risk', 10.72, 13.05, 1, 20, 5, 2, 1, 1, NULL, NULL, NULL, NULL),
	(20, 'Café Ünïcode', 'cus_bb4344b3a280', '2026-06-01', '2026-12-02 20:14:42.115666+00', 95, 'champion', 210.82, 252.30, 4, 10, 5, 5, 4, 1, NULL, NULL, NULL, NULL),
	(21, 'Café Ünïcode', 'cus_c452353e338a', '2026-06-01', '2026-12-02 20:14:42.115666+00', 87, 'champion', 170.02, 200.36, 2, 1, 5, 4, 4, 1, NULL, NULL, NULL, NULL),
	(22, 'Café Ünïcode', 'cus_c9788b6cd254', '2026-06-01', '2026-12-02 20:14:42.115666+00', 38, 'lost', 82.87, 133.94, 1, 191, 1, 2, 3, 1, NULL, NULL, NULL, NULL),
	(23, 'Café Ünïcode', 'cus_cef2aefe9f62', '2026-06-01', '2026-12-02 20:14:42.115666+00', 80, 'loyal', 178.17, 235.05, 2, 67, 4, 4, 4, 1, NULL, NULL, NULL, NULL),
	(24, 'Café Ünïcode', 'cus_d70c72dc7314', '2026-06-01', '2026-12-02 20:14:42.115666+00', 42, 'at_risk', 8.04, 11.60, 1, 119, 3, 2, 1, 1, NULL, NULL, NULL, NULL),
	(25, 'Café Ünïcode', 'cus_d76432d548dd', '2026-06-01', '2026-12-02 20:14:42.115666+00', 85, 'champion', 79.96, 98.18, 4, 25, 5, 5, 2, 1, NULL, NULL, NULL, NULL),
	(26, 'Café Ünïcode', 'cus_f0933e27ad22', '2026-06-01', '2026-12-02 20:14:42.115666+00', 72, 'loyal', 200.46, 359.77, 3, 247, 1, 5, 5, 1, NULL, NULL, NULL, NULL),
	(27, 'fleet-000001', 'cus_0449c860d328', '2026-06-01', '2026-12-02 20:14:42.131414+00', 63, 'loyal', 219.43, 315.91, 2, 143, 2, 3, 5, 2, NULL, NULL, NULL, NULL),
	(28, 'fleet-000001', 'cus_0470fb0735a4', '2026-06-01', '2026-12-02 20:14:42.131414+00', 86, 'champion', 363.24, 484.15, 4, 73, 3, 5, 5, 2, NULL, NULL, NULL, NULL),
	(29, 'fleet-000001', 'cus_12bf2eac2016', '2026-06-01', '2026-12-02 20:14:42.131414+00', 28, 'lost', 4.31, 6.37, 1, 174, 1, 2, 1, 2, NULL, NULL, NULL, NULL),
	(30, 'fleet-000001', 'cus_14205a41a5b5', '2026-06-01', '2026-12-02 20:14:42.131414+00', 47, 'at_risk', 89.19, 116.74, 1, 79, 3, 2, 2, 2, NULL, NULL, NULL, NULL),
	(31, 'fleet-000001', 'cus_2776876fd574', '2026-06-01', '2026-12-02 20:14:42.131414+00', 95, 'champion', 202.24, 252.17, 4, 34, 5, 5, 4, 2, NULL, NULL, NULL, NULL),
	(32, 'fleet-000001', 'cus_4b0522b25ede', '2026-06-01', '2026-12-02 20:14:42.131414+00', 82, 'champion', 95.78, 117.81, 3, 26, 5, 4, 3, 2, NULL, NULL, NULL, NULL),
	(33, 'fleet-000001', 'cus_598aedbf5ab1', '2026-06-01', '2026-12-02 20:14:42.131414+00', 93, 'champion', 336.73, 422.03, 5, 37, 4, 5, 5, 2, NULL, NULL, NULL, NULL),
	(34, 'fleet-000001', 'cus_5cca38da0d97', '2026-06-01', '2026-12-02 20:14:42.131414+00', 60, 'at_risk', 111.23, 160.94, 2, 121, 3, 3, 3, 2, NULL, NULL, NULL, NULL),
	(35, 'fleet-000001', 'cus_5f649e24afcd', '2026-06-01', '2026-12-02 20:14:42.131414+00', 28, 'lost', 3.29, 6.90, 1, 338, 1, 2, 1, 2, NULL, NULL, NULL, NULL),
	(36, 'fleet-000001', 'cus_6ea8f374b71e', '2026-06-01', '2026-12-02 20:14:42.131414+00', 88, 'champion', 182.97, 240.97, 5, 66, 4, 5, 4, 2, NULL, NULL, NULL, NULL),
	(37, 'fleet-000001', 'cus_796a013cf1fe', '2026-06-01', '2026-12-02 20:14:42.131414+00', 28, 'lost', 4.51, 8.18, 1, 253, 1, 2, 1, 2, NULL, NULL, NULL, NULL),
	(38, 'fleet-000001', 'cus_7ae595e30fda', '2026-06-01', '2026-12-02 20:14:42.131414+00', 87, 'champion', 203.76, 252.33, 3, 30, 5, 4, 4, 2, NULL, NULL, NULL, NULL),
	(39, 'fleet-000001', 'cus_827ee6e21a7f', '2026-06-01', '2026-12-02 20:14:42.131414+00', 53, 'at_risk', 89.10, 135.01, 2, 148, 2, 3, 3, 2, NULL, NULL, NULL, NULL),
	(40, 'fleet-000001', 'cus_9181a848b1f3', '2026-06-01', '2026-12-02 20:14:42.131414+00', 28, 'lost', 19.48, 30.54, 1, 174, 1, 2, 1, 2, NULL, NULL, NULL, NULL),
	(41, 'fleet-000001', 'cus_92a95ed86f3b', '2026-06-01', '2026-12-02 20:14:42.131414+00', 40, 'lost', 50.58, 71.17, 1, 148, 2, 2, 2, 2, NULL, NULL, NULL, NULL),
	(42, 'fleet-000001', 'cus_9b9065b3ba2c', '2026-06-01', '2026-12-02 20:14:42.131414+00', 86, 'champion', 345.14, 473.59, 5, 90, 3, 5, 5, 2, NULL, NULL, NULL, NULL),
	(43, 'fleet-000001', 'cus_a9857b216786', '2026-06-01', '2026-12-02 20:14:42.131414+00', 45, 'at_risk', 79.23, 118.22, 1, 139, 2, 2, 3, 2, NULL, NULL, NULL, NULL),
	(44, 'fleet-000001', 'cus_aa58951da4f7', '2026-06-01', '2026-12-02 20:14:42.131414+00', 52, 'at_risk', 105.31, 146.25, 1, 97, 3, 2, 3, 2, NULL, NULL, NULL, NULL),
	(45, 'fleet-000001', 'cus_aee0e4431f15', '2026-06-01', '2026-12-02 20:14:42.131414+00', 92, 'champion', 308.38, 376.71, 3, 22, 5, 4, 5, 2, NULL, NULL, NULL, NULL),
	(46, 'fleet-000001', 'cus_bb14aaf15a98', '2026-06-01', '2026-12-02 20:14:42.131414+00', 69, 'loyal', 131.50, 193.54, 4, 131, 2, 5, 3, 2, NULL, NULL, NULL, NULL),
	(47, 'fleet-000001', 'cus_d0bd571dc19c', '2026-06-01', '2026-12-02 20:14:42.131414+00', 88, 'champion', 200.92, 256.60, 4, 48, 4, 5, 4, 2, NULL, NULL, NULL, NULL),
	(48, 'fleet-000001', 'cus_d0c8af7c2b3b', '2026-06-01', '2026-12-02 20:14:42.131414+00', 58, 'at_risk', 26.64, 37.12, 3, 99, 3, 4, 1, 2, NULL, NULL, NULL, NULL),
	(49, 'fleet-000001', 'cus_d82eea4f7eef', '2026-06-01', '2026-12-02 20:14:42.131414+00', 85, 'champion', 90.35, 110.75, 4, 24, 5, 5, 2, 2, NULL, NULL, NULL, NULL),
	(50, 'fleet-000001', 'cus_def474a313bf', '2026-06-01', '2026-12-02 20:14:42.131414+00', 70, 'loyal', 71.02, 90.86, 3, 49, 4, 4, 2, 2, NULL, NULL, NULL, NULL),
	(51, 'fleet-000001', 'cus_ebf456887ba5', '2026-06-01', '2026-12-02 20:14:42.131414+00', 48, 'at_risk', 38.40, 56.52, 2, 144, 2, 3, 2, 2, NULL, NULL, NULL, NULL),
	(52, 'fleet-000001', 'cus_ec9bf698f00b', '2026-06-01', '2026-12-02 20:14:42.131414+00', 95, 'champion', 199.41, 222.23, 4, 1, 5, 5, 4, 2, NULL, NULL, NULL, NULL),
	(53, 'fleet-000001', 'cus_f2e804e45e1d', '2026-06-01', '2026-12-02 20:14:42.131414+00', 93, 'champion', 218.09, 280.43, 4, 52, 4, 5, 5, 2, NULL, NULL, NULL, NULL),
	(54, 'fleet-000002', 'cus_02892d893636', '2026-06-01', '2026-12-02 20:14:42.144313+00', 57, 'at_risk', 5.14, 7.03, 1, 88, 4, 3, 1, 3, NULL, NULL, NULL, NULL),
	(55, 'fleet-000002', 'cus_02eaa2934adc', '2026-06-01', '2026-12-02 20:14:42.144313+00', 74, 'loyal', 147.60, 238.66, 4, 186, 2, 5, 4, 3, NULL, NULL, NULL, NULL),
	(56, 'fleet-000002', 'cus_0520a1ab307f', '2026-06-01', '2026-12-02 20:14:42.144313+00', 71, 'loyal', 227.58, 412.65, 3, 253, 2, 4, 5, 3, NULL, NULL, NULL, NULL),
	(57, 'fleet-000002', 'cus_12a32992180a', '2026-06-01', '2026-12-02 20:14:42.144313+00', 36, 'lost', 12.21, 23.87, 1, 297, 1, 3, 1, 3, NULL, NULL, NULL, NULL),
	(58, 'fleet-000002', 'cus_1fcc2b8600d3', '2026-06-01', '2026-12-02 20:14:42.144313+00', 79, 'loyal', 139.01, 176.03, 1, 45, 5, 3, 4, 3, NULL, NULL, NULL, NULL),
	(59, 'fleet-000002', 'cus_24477a77686c', '2026-06-01', '2026-12-02 20:14:42.144313+00', 60, 'at_risk', 95.91, 151.42, 1, 172, 3, 3, 3, 3, NULL, NULL, NULL, NULL),
	(60, 'fleet-000002', 'cus_371c69895ec4', '2026-06-01', '2026-12-02 20:14:42.144313+00', 86, 'champion', 274.54, 421.72, 4, 156, 3, 5, 5, 3, NULL, NULL, NULL, NULL),
	(61, 'fleet-000002', 'cus_399dfb087c69', '2026-06-01', '2026-12-02 20:14:42.144313+00', 60, 'at_risk', 83.50, 131.15, 1, 169, 3, 3, 3, 3, NULL, NULL, NULL, NULL),
	(62, 'fleet-000002', 'cus_3a0dee9db828', '2026-06-01', '2026-12-02 20:14:42.144313+00', 64, 'loyal', 21.57, 27.88, 1, 55, 5, 3, 1, 3, NULL, NULL, NULL, NULL),
	(63, 'fleet-000002', 'cus_4145918b9c8f', '2026-06-01', '2026-12-02 20:14:42.144313+00', 95, 'champion', 191.30, 226.99, 4, 5, 5, 5, 4, 3, NULL, NULL, NULL, NULL),
	(64, 'fleet-000002', 'cus_46ef2a067321', '2026-06-01', '2026-12-02 20:14:42.144313+00', 72, 'loyal', 119.70, 169.96, 1, 110, 4, 3, 4, 3, NULL, NULL, NULL, NULL),
	(65, 'fleet-000002', 'cus_47a2020d68d5', '2026-06-01', '2026-12-02 20:14:42.144313+00', 72, 'loyal', 118.55, 170.36, 2, 117, 4, 3, 4, 3, NULL, NULL, NULL, NULL),
	(66, 'fleet-000002', 'cus_481cd9a1cf31', '2026-06-01', '2026-12-02 20:14:42.144313+00', 61, 'loyal', 53.64, 85.27, 3, 176, 2, 4, 3, 3, NULL, NULL, NULL, NULL),
	(67, 'fleet-000002', 'cus_4f9dfb66dc72', '2026-06-01', '2026-12-02 20:14:42.144313+00', 86, 'champion', 242.31, 351.66, 7, 123, 3, 5, 5, 3, NULL, NULL, NULL, NULL),
	(68, 'fleet-000002', 'cus_5b536866e244', '2026-06-01', '2026-12-02 20:14:42.144313+00', 63, 'loyal', 154.76, 251.12, 2, 208, 2, 3, 5, 3, NULL, NULL, NULL, NULL),
	(69, 'fleet-000002', 'cus_683daa25ce7d', '2026-06-01', '2026-12-02 20:14:42.144313+00', 86, 'champion', 165.90, 262.80, 4, 174, 3, 5, 5, 3, NULL, NULL, NULL, NULL),
	(70, 'fleet-000002', 'cus_6856c65ac57e', '2026-06-01', '2026-12-02 20:14:42.144313+00', 36, 'lost', 12.46, 26.00, 1, 356, 1, 3, 1, 3, NULL, NULL, NULL, NULL),
	(71, 'fleet-000002', 'cus_69429c1bd0e1', '2026-06-01', '2026-12-02 20:14:42.144313+00', 67, 'loyal', 88.18, 120.79, 2, 89, 4, 3, 3, 3, NULL, NULL, NULL, NULL),
	(72, 'fleet-000002', 'cus_6af2d30e671e', '2026-06-01', '2026-12-02 20:14:42.144313+00', 46, 'at_risk', 52.76, 115.86, 1, 365, 1, 3, 3, 3, NULL, NULL, NULL, NULL),
	(73, 'fleet-000002', 'cus_72b772867c73', '2026-06-01', '2026-12-02 20:14:42.144313+00', 60, 'at_risk', 116.95, 167.72, 2, 154, 3, 3, 3, 3, NULL, NULL, NULL, NULL),
	(74, 'fleet-000002', 'cus_7f31badcdc49', '2026-06-01', '2026-12-02 20:14:42.144313+00', 77, 'loyal', 42.14, 55.97, 3, 71, 5, 4, 2, 3, NULL, NULL, NULL, NULL),
	(75, 'fleet-000002', 'cus_b481956d3578', '2026-06-01', '2026-12-02 20:14:42.144313+00', 36, 'lost', 2.38, 5.06, 1, 347, 1, 3, 1, 3, NULL, NULL, NULL, NULL),
	(76, 'fleet-000002', 'cus_c604f559ec9c', '2026-06-01', '2026-12-02 20:14:42.144313+00', 85, 'champion', 197.86, 265.08, 3, 76, 4, 4, 5, 3, NULL, NULL, NULL, NULL),
	(77, 'fleet-000002', 'cus_e71d90a22a51', '2026-06-01', '2026-12-02 20:14:42.144313+00', 41, 'at_risk', 33.07, 68.00, 1, 332, 1, 3, 2, 3, NULL, NULL, NULL, NULL),
	(78, 'fleet-000002', 'cus_f03b1c4aece2', '2026-06-01', '2026-12-02 20:14:42.144313+00', 77, 'loyal', 68.57, 83.10, 3, 40, 5, 4, 2, 3, NULL, NULL, NULL, NULL),
	(79, 'fleet-000002', 'cus_f09157dc64f1', '2026-06-01', '2026-12-02 20:14:42.144313+00', 85, 'champion', 52.45, 62.28, 5, 10, 5, 5, 2, 3, NULL, NULL, NULL, NULL),
	(80, 'fleet-000002', 'cus_f6bf949cdb0d', '2026-06-01', '2026-12-02 20:14:42.144313+00', 56, 'at_risk', 45.69, 78.03, 3, 218, 2, 4, 2, 3, NULL, NULL, NULL, NULL),
	(81, 'fleet-000004', 'cus_0b7119ffcf81', '2026-06-01', '2026-12-02 20:14:42.156824+00', 28, 'lost', 4.44, 9.37, 1, 342, 1, 2, 1, 4, NULL, NULL, NULL, NULL),
	(82, 'fleet-000004', 'cus_12c820070693', '2026-06-01', '2026-12-02 20:14:42.156824+00', 64, 'loyal', 0.00, 0.00, 2, 27, 5, 3, 1, 4, NULL, NULL, NULL, NULL),
	(83, 'fleet-000004', 'cus_1909fe69a41e', '2026-06-01', '2026-12-02 20:14:42.156824+00', 95, 'champion', 212.07, 250.78, 7, 3, 5, 5, 4, 4, NULL, NULL, NULL, NULL),
	(84, 'fleet-000004', 'cus_2c3aca6177a9', '2026-06-01', '2026-12-02 20:14:42.156824+00', 87, 'champion', 149.01, 183.59, 3, 27, 5, 4, 4, 4, NULL, NULL, NULL, NULL),
	(85, 'fleet-000004', 'cus_326ecb28b400', '2026-06-01', '2026-12-02 20:14:42.156824+00', 93, 'champion', 224.68, 284.49, 6, 43, 4, 5, 5, 4, NULL, NULL, NULL, NULL),
	(86, 'fleet-000004', 'cus_3b19e2a499d2', '2026-06-01', '2026-12-02 20:14:42.156824+00', 86, 'champion', 333.25, 469.19, 4, 123, 3, 5, 5, 4, NULL, NULL, NULL, NULL),
	(87, 'fleet-000004', 'cus_4533080003c1', '2026-06-01', '2026-12-02 20:14:42.156824+00', 53, 'at_risk', 87.71, 142.90, 2, 216, 2, 3, 3, 4, NULL, NULL, NULL, NULL),
	(88, 'fleet-000004', 'cus_486c018a282f', '2026-06-01', '2026-12-02 20:14:42.156824+00', 45, 'at_risk', 82.76, 124.55, 1, 144, 2, 2, 3, 4, NULL, NULL, NULL, NULL),
	(89, 'fleet-000004', 'cus_53c47c723e96', '2026-06-01', '2026-12-02 20:14:42.156824+00', 74, 'loyal', 150.97, 247.90, 4, 195, 2, 5, 4, 4, NULL, NULL, NULL, NULL),
	(90, 'fleet-000004', 'cus_61ed783e0ab2', '2026-06-01', '2026-12-02 20:14:42.156824+00', 84, 'champion', 245.71, 302.21, 2, 26, 5, 3, 5, 4, NULL, NULL, NULL, NULL),
	(91, 'fleet-000004', 'cus_61f1280455e1', '2026-06-01', '2026-12-02 20:14:42.156824+00', 73, 'loyal', 191.94, 268.37, 3, 101, 3, 4, 4, 4, NULL, NULL, NULL, NULL),
	(92, 'fleet-000004', 'cus_6261cc3d91bc', '2026-06-01', '2026-12-02 20:14:42.156824+00', 41, 'at_risk', 18.41, 32.88, 2, 251, 1, 3, 2, 4, NULL, NULL, NULL, NULL),
	(93, 'fleet-000004', 'cus_7c67a660b828', '2026-06-01', '2026-12-02 20:14:42.156824+00', 46, 'at_risk', 69.22, 132.81, 2, 309, 1, 3, 3, 4, NULL, NULL, NULL, NULL),
	(94, 'fleet-000004', 'cus_7c7eda67038d', '2026-06-01', '2026-12-02 20:14:42.156824+00', 87, 'champion', 199.76, 238.66, 3, 9, 5, 4, 4, 4, NULL, NULL, NULL, NULL),
	(95, 'fleet-000004', 'cus_a74f88cd54b9', '2026-06-01', '2026-12-02 20:14:42.156824+00', 35, 'lost', 8.96, 14.77, 1, 197, 2, 2, 1, 4, NULL, NULL, NULL, NULL),
	(96, 'fleet-000004', 'cus_afcadf4fe57a', '2026-06-01', '2026-12-02 20:14:42.156824+00', 93, 'champion', 391.98, 487.32, 5, 46, 4, 5, 5, 4, NULL, NULL, NULL, NULL),
	(97, 'fleet-000004', 'cus_bc2077e2e63b', '2026-06-01', '2026-12-02 20:14:42.156824+00', 55, 'at_risk', 68.80, 99.51, 2, 142, 3, 3, 2, 4, NULL, NULL, NULL, NULL),
	(98, 'fleet-000004', 'cus_c2dc736fc45c', '2026-06-01', '2026-12-02 20:14:42.156824+00', 40, 'lost', 27.01, 45.43, 1, 209, 2, 2, 2, 4, NULL, NULL, NULL, NULL),
	(99, 'fleet-000004', 'cus_d0123d185f9d', '2026-06-01', '2026-12-02 20:14:42.156824+00', 75, 'loyal', 133.95, 171.95, 3, 51, 4, 4, 3, 4, NULL, NULL, NULL, NULL),
	(100, 'fleet-000004', 'cus_d2710446f979', '2026-06-01', '2026-12-02 20:14:42.156824+00', 100, 'champion', 402.99, 496.51, 6, 27, 5, 5, 5, 4, NULL, NULL, NULL, NULL),
	(101, 'fleet-000004', 'cus_d403a4e31d83', '2026-06-01', '2026-12-02 20:14:42.156824+00', 33, 'lost', 41.68, 81.56, 1, 322, 1, 2, 2, 4, NULL, NULL, NULL, NULL),
	(102, 'fleet-000004', 'cus_dd81dc916854', '2026-06-01', '2026-12-02 20:14:42.156824+00', 93, 'champion', 292.50, 362.23, 4, 30, 4, 5, 5, 4, NULL, NULL, NULL, NULL),
	(103, 'fleet-000004', 'cus_e4a7803cedf0', '2026-06-01', '2026-12-02 20:14:42.156824+00', 55, 'at_risk', 87.18, 123.36, 2, 108, 3, 3, 2, 4, NULL, NULL, NULL, NULL),
	(104, 'fleet-000004', 'cus_ef93dfaf469b', '2026-06-01', '2026-12-02 20:14:42.156824+00', 83, 'champion', 132.59, 179.16, 5, 81, 4, 5, 3, 4, NULL, NULL, NULL, NULL),
	(105, 'fleet-000004', 'cus_f4a9b4147a8b', '2026-06-01', '2026-12-02 20:14:42.156824+00', 42, 'at_risk', 9.92, 13.77, 1, 99, 3, 2, 1, 4, NULL, NULL, NULL, NULL),
	(106, 'fleet-000004', 'cus_f99e7ae69427', '2026-06-01', '2026-12-02 20:14:42.156824+00', 28, 'lost', 2.44, 5.03, 1, 327, 1, 2, 1, 4, NULL, NULL, NULL, NULL),
	(107, 'fleet-000005', 'cus_088194297f98', '2026-06-01', '2026-12-02 20:14:42.169049+00', 72, 'loyal', 175.56, 215.49, 2, 71, 4, 3, 4, 5, NULL, NULL, NULL, NULL),
	(108, 'fleet-000005', 'cus_0b209159e72e', '2026-06-01', '2026-12-02 20:14:42.169049+00', 74, 'loyal', 145.16, 233.52, 3, 183, 2, 5, 4, 5, NULL, NULL, NULL, NULL),
	(109, 'fleet-000005', 'cus_14ed3e6020c8', '2026-06-01', '2026-12-02 20:14:42.169049+00', 35, 'lost', 26.79, 44.14, 1, 197, 2, 2, 1, 5, NULL, NULL, NULL, NULL),
	(110, 'fleet-000005', 'cus_20b25ab9b897', '2026-06-01', '2026-12-02 20:14:42.169049+00', 33, 'lost', 73.18, 136.44, 1, 271, 1, 2, 2, 5, NULL, NULL, NULL, NULL),
	(111, 'fleet-000005', 'cus_3fe311693ab3', '2026-06-01', '2026-12-02 20:14:42.169049+00', 50, 'at_risk', 20.31, 29.19, 2, 117, 3, 3, 1, 5, NULL, NULL, NULL, NULL),
	(112, 'fleet-000005', 'cus_481a8516ff50', '2026-06-01', '2026-12-02 20:14:42.169049+00', 81, 'champion', 144.59, 204.81, 3, 128, 3, 5, 4, 5, NULL, NULL, NULL, NULL),
	(113, 'fleet-000005', 'cus_50eaa8e0f0e1', '2026-06-01', '2026-12-02 20:14:42.169049+00', 69, 'loyal', 93.98, 111.90, 2, 7, 5, 3, 2, 5, NULL, NULL, NULL, NULL),
	(114, 'fleet-000005', 'cus_5439f3cf0dd8', '2026-06-01', '2026-12-02 20:14:42.169049+00', 50, 'at_risk', 113.91, 187.37, 1, 196, 2, 2, 4, 5, NULL, NULL, NULL, NULL),
	(115, 'fleet-000005', 'cus_577d9eb7761e', '2026-06-01', '2026-12-02 20:14:42.169049+00', 100, 'champion', 319.11, 402.00, 4, 40, 5, 5, 5, 5, NULL, NULL, NULL, NULL),
	(116, 'fleet-000005', 'cus_58b4735d947f', '2026-06-01', '2026-12-02 20:14:42.169049+00', 38, 'lost', 77.75, 145.39, 1, 271, 1, 2, 3, 5, NULL, NULL, NULL, NULL),
	(117, 'fleet-000005', 'cus_5bef19d087c6', '2026-06-01', '2026-12-02 20:14:42.169049+00', 67, 'loyal', 127.09, 158.72, 2, 43, 4, 3, 3, 5, NULL, NULL, NULL, NULL),
	(118, 'fleet-000005', 'cus_610563ac1f41', '2026-06-01', '2026-12-02 20:14:42.169049+00', 60, 'at_risk', 96.90, 144.59, 2, 139, 3, 3, 3, 5, NULL, NULL, NULL, NULL),
	(119, 'fleet-000005', 'cus_655a61e2f13c', '2026-06-01', '2026-12-02 20:14:42.169049+00', 85, 'champion', 64.06, 77.32, 3, 15, 5, 5, 2, 5, NULL, NULL, NULL, NULL),
	(120, 'fleet-000005', 'cus_68db7fd224ad', '2026-06-01', '2026-12-02 20:14:42.169049+00', 28, 'lost', 9.96, 17.20, 1, 256, 1, 2, 1, 5, NULL, NULL, NULL, NULL),
	(121, 'fleet-000005', 'cus_6f853ffb784d', '2026-06-01', '2026-12-02 20:14:42.169049+00', 100, 'champion', 260.97, 326.52, 3, 36, 5, 5, 5, 5, NULL, NULL, NULL, NULL),
	(122, 'fleet-000005', 'cus_70604aef0626', '2026-06-01', '2026-12-02 20:14:42.169049+00', 71, 'loyal', 68.81, 99.90, 3, 123, 3, 5, 2, 5, NULL, NULL, NULL, NULL),
	(123, 'fleet-000005', 'cus_94195779081e', '2026-06-01', '2026-12-02 20:14:42.169049+00', 83, 'champion', 112.23, 143.33, 3, 48, 4, 5, 3, 5, NULL, NULL, NULL, NULL),
	(124, 'fleet-000005', 'cus_9fa8ceae5ce6', '2026-06-01', '2026-12-02 20:14:42.169049+00', 100, 'champion', 295.48, 347.54, 5, 1, 5, 5, 5, 5, NULL, NULL, NULL, NULL),
	(125, 'fleet-000005', 'cus_9ff0b2c943a9', '2026-06-01', '2026-12-02 20:14:42.169049+00', 93, 'champion', 247.82, 332.58, 5, 77, 4, 5, 5, 5, NULL, NULL, NULL, NULL),
	(126, 'fleet-000005', 'cus_bbdf4d7f3823', '2026-06-01', '2026-12-02 20:14:42.169049+00', 52, 'at_risk', 96.51, 149.52, 1, 161, 3, 2, 3, 5, NULL, NULL, NULL, NULL),
	(127, 'fleet-000005', 'cus_cddf232c88a3', '2026-06-01', '2026-12-02 20:14:42.169049+00', 90, 'champion', 128.33, 160.29, 3, 35, 5, 5, 3, 5, NULL, NULL, NULL, NULL),
	(128, 'fleet-000005', 'cus_da46ecf16f5e', '2026-06-01', '2026-12-02 20:14:42.169049+00', 28, 'lost', 3.87, 7.61, 1, 300, 1, 2, 1, 5, NULL, NULL, NULL, NULL),
	(129, 'fleet-000005', 'cus_dc676a140511', '2026-06-01', '2026-12-02 20:14:42.169049+00', 47, 'at_risk', 35.24, 47.70, 1, 82, 3, 2, 2, 5, NULL, NULL, NULL, NULL),
	(130, 'fleet-000005', 'cus_e09714dcce2a', '2026-06-01', '2026-12-02 20:14:42.169049+00', 79, 'loyal', 146.88, 234.27, 3, 178, 2, 5, 5, 5, NULL, NULL, NULL, NULL),
	(131, 'fleet-000005', 'cus_eb9930082e89', '2026-06-01', '2026-12-02 20:14:42.169049+00', 49, 'at_risk', 15.11, 19.90, 1, 66, 4, 2, 1, 5, NULL, NULL, NULL, NULL),
	(132, 'fleet-000005', 'cus_ed946fdeb53f', '2026-06-01', '2026-12-02 20:14:42.169049+00', 67, 'loyal', 111.38, 207.91, 3, 270, 1, 5, 4, 5, NULL, NULL, NULL, NULL),
	(133, 'fleet-000005', 'cus_fb472fce3505', '2026-06-01', '2026-12-02 20:14:42.169049+00', 79, 'loyal', 133.58, 241.38, 3, 251, 2, 5, 5, 5, NULL, NULL, NULL, NULL),
	(134, 'fleet-000006', 'cus_233d98b895f2', '2026-06-01', '2026-12-02 20:14:42.180704+00', 46, 'at_risk', 53.00, 98.76, 2, 269, 1, 3, 3, 6, NULL, NULL, NULL, NULL),
	(135, 'fleet-000006', 'cus_2e9ade831fb0', '2026-06-01', '2026-12-02 20:14:42.180704+00', 35, 'lost', 5.51, 8.78, 1, 189, 2, 2, 1, 6, NULL, NULL, NULL, NULL),
	(136, 'fleet-000006', 'cus_3611cd349c12', '2026-06-01', '2026-12-02 20:14:42.180704+00', 76, 'loyal', 46.68, 72.69, 3, 164, 3, 5, 3, 6, NULL, NULL, NULL, NULL),
	(137, 'fleet-000006', 'cus_36b00917068f', '2026-06-01', '2026-12-02 20:14:42.180704+00', 43, 'at_risk', 61.74, 133.28, 1, 355, 1, 2, 4, 6, NULL, NULL, NULL, NULL),
	(138, 'fleet-000006', 'cus_3bd27e892002', '2026-06-01', '2026-12-02 20:14:42.180704+00', 48, 'at_risk', 29.38, 44.03, 2, 180, 2, 3, 2, 6, NULL, NULL, NULL, NULL),
	(139, 'fleet-000006', 'cus_42da664fb620', '2026-06-01', '2026-12-02 20:14:42.180704+00', 100, 'champion', 243.58, 304.24, 3, 35, 5, 5, 5, 6, NULL, NULL, NULL, NULL),
	(140, 'fleet-000006', 'cus_49805866fb4f', '2026-06-01', '2026-12-02 20:14:42.180704+00', 49, 'at_risk', 4.90, 6.58, 1, 89, 4, 2, 1, 6, NULL, NULL, NULL, NULL),
	(141, 'fleet-000006', 'cus_5649b0b54c22', '2026-06-01', '2026-12-02 20:14:42.180704+00', 88, 'champion', 112.13, 149.96, 3, 75, 4, 5, 4, 6, NULL, NULL, NULL, NULL),
	(142, 'fleet-000006', 'cus_596b85a081ad', '2026-06-01', '2026-12-02 20:14:42.180704+00', 40, 'lost', 35.41, 57.85, 1, 192, 2, 2, 2, 6, NULL, NULL, NULL, NULL),
	(143, 'fleet-000006', 'cus_5bdc7903eba7', '2026-06-01', '2026-12-02 20:14:42.180704+00', 85, 'champion', 34.31, 44.35, 3, 55, 5, 5, 2, 6, NULL, NULL, NULL, NULL),
	(144, 'fleet-000006', 'cus_5fceed71b0e1', '2026-06-01', '2026-12-02 20:14:42.180704+00', 100, 'champion', 169.84, 205.48, 3, 24, 5, 5, 5, 6, NULL, NULL, NULL, NULL),
	(145, 'fleet-000006', 'cus_79c3a56a9678', '2026-06-01', '2026-12-02 20:14:42.180704+00', 93, 'champion', 188.69, 251.50, 4, 73, 4, 5, 5, 6, NULL, NULL, NULL, NULL),
	(146, 'fleet-000006', 'cus_7bdfa3a19c47', '2026-06-01', '2026-12-02 20:14:42.180704+00', 77, 'loyal', 139.40, 183.27, 2, 78, 4, 3, 5, 6, NULL, NULL, NULL, NULL),
	(147, 'fleet-000006', 'cus_84b89a7148a6', '2026-06-01', '2026-12-02 20:14:42.180704+00', 45, 'at_risk', 40.30, 62.98, 1, 166, 2, 2, 3, 6, NULL, NULL, NULL, NULL),
	(148, 'fleet-000006', 'cus_b1ef43d61623', '2026-06-01', '2026-12-02 20:14:42.180704+00', 81, 'champion', 78.60, 108.98, 3, 128, 3, 5, 4, 6, NULL, NULL, NULL, NULL),
	(149, 'fleet-000006', 'cus_b276920a4e58', '2026-06-01', '2026-12-02 20:14:42.180704+00', 28, 'lost', 10.61, 17.94, 1, 212, 1, 2, 1, 6, NULL, NULL, NULL, NULL),
	(150, 'fleet-000006', 'cus_b8fef693666b', '2026-06-01', '2026-12-02 20:14:42.180704+00', 28, 'lost', 0.00, 0.00, 1, 220, 1, 2, 1, 6, NULL, NULL, NULL, NULL),
	(151, 'fleet-000006', 'cus_c466b3d24c4e', '2026-06-01', '2026-12-02 20:14:42.180704+00', 55, 'at_risk', 32.53, 50.49, 2, 162, 3, 3, 2, 6, NULL, NULL, NULL, NULL),
	(152, 'fleet-000006', 'cus_c6a225375476', '2026-06-01', '2026-12-02 20:14:42.180704+00', 100, 'champion', 197.06, 243.21, 3, 28, 5, 5, 5, 6, NULL, NULL, NULL, NULL),
	(153, 'fleet-000006', 'cus_d06a70b4e1bb', '2026-06-01', '2026-12-02 20:14:42.180704+00', 65, 'loyal', 130.33, 179.14, 2, 91, 3, 3, 4, 6, NULL, NULL, NULL, NULL),
	(154, 'fleet-000006', 'cus_e584ffb2d1f9', '2026-06-01', '2026-12-02 20:14:42.180704+00', 90, 'champion', 53.87, 69.51, 3, 54, 5, 5, 3, 6, NULL, NULL, NULL, NULL),
	(155, 'fleet-000007', 'cus_0dab3695ea1d', '2026-06-01', '2026-12-02 20:14:42.191854+00', 88, 'champion', 225.77, 277.62, 4, 52, 4, 5, 4, 7, NULL, NULL, NULL, NULL),
	(156, 'fleet-000007', 'cus_162e15d9863f', '2026-06-01', '2026-12-02 20:14:42.191854+00', 35, 'lost', 29.40, 41.32, 1, 104, 2, 2, 1, 7, NULL, NULL, NULL, NULL),
	(157, 'fleet-000007', 'cus_223241d3c541', '2026-06-01', '2026-12-02 20:14:42.191854+00', 86, 'champion', 391.23, 513.49, 5, 64, 3, 5, 5, 7, NULL, NULL, NULL, NULL),
	(158, 'fleet-000007', 'cus_253a44f71ded', '2026-06-01', '2026-12-02 20:14:42.191854+00', 69, 'loyal', 52.86, 59.55, 2, 11, 5, 3, 2, 7, NULL, NULL, NULL, NULL),
	(159, 'fleet-000007', 'cus_2a1aea3fe716', '2026-06-01', '2026-12-02 20:14:42.191854+00', 68, 'loyal', 152.70, 199.40, 3, 61, 3, 4, 3, 7, NULL, NULL, NULL, NULL),
	(160, 'fleet-000007', 'cus_37ecb1877383', '2026-06-01', '2026-12-02 20:14:42.191854+00', 68, 'loyal', 149.51, 191.95, 3, 78, 3, 4, 3, 7, NULL, NULL, NULL, NULL),
	(161, 'fleet-000007', 'cus_3b52593c72e9', '2026-06-01', '2026-12-02 20:14:42.191854+00', 88, 'champion', 240.90, 314.03, 4, 60, 4, 5, 4, 7, NULL, NULL, NULL, NULL),
	(162, 'fleet-000007', 'cus_46edf7b1f801', '2026-06-01', '2026-12-02 20:14:42.191854+00', 28, 'lost', 15.74, 24.86, 1, 173, 1, 2, 1, 7, NULL, NULL, NULL, NULL),
	(163, 'fleet-000007', 'cus_54f19df04f09', '2026-06-01', '2026-12-02 20:14:42.191854+00', 73, 'loyal', 184.80, 256.19, 3, 96, 3, 4, 4, 7, NULL, NULL, NULL, NULL),
	(164, 'fleet-000007', 'cus_593b73dcbde9', '2026-06-01', '2026-12-02 20:14:42.191854+00', 61, 'loyal', 127.87, 196.75, 3, 157, 2, 4, 3, 7, NULL, NULL, NULL, NULL),
	(165, 'fleet-000007', 'cus_60e5d2752bc6', '2026-06-01', '2026-12-02 20:14:42.191854+00', 95, 'champion', 245.94, 307.19, 4, 35, 5, 5, 4, 7, NULL, NULL, NULL, NULL),
	(166, 'fleet-000007', 'cus_6dd6c9f6fa7d', '2026-06-01', '2026-12-02 20:14:42.191854+00', 62, 'loyal', 47.55, 56.28, 2, 46, 4, 3, 2, 7, NULL, NULL, NULL, NULL),
	(167, 'fleet-000007', 'cus_7472decfde9e', '2026-06-01', '2026-12-02 20:14:42.191854+00', 43, 'at_risk', 29.36, 40.75, 2, 127, 2, 3, 1, 7, NULL, NULL, NULL, NULL),
	(168, 'fleet-000007', 'cus_7c959cb9321a', '2026-06-01', '2026-12-02 20:14:42.191854+00', 68, 'loyal', 145.52, 199.98, 3, 91, 3, 4, 3, 7, NULL, NULL, NULL, NULL),
	(169, 'fleet-000007', 'cus_824f5271a873', '2026-06-01', '2026-12-02 20:14:42.191854+00', 50, 'at_risk', 35.90, 48.67, 2, 83, 3, 3, 1, 7, NULL, NULL, NULL, NULL),
	(170, 'fleet-000007', 'cus_8f999ddc20b3', '2026-06-01', '2026-12-02 20:14:42.191854+00', 28, 'lost', 17.37, 35.99, 1, 331, 1, 2, 1, 7, NULL, NULL, NULL, NULL),
	(171, 'fleet-000007', 'cus_96efa2c28220', '2026-06-01', '2026-12-02 20:14:42.191854+00', 93, 'champion', 435.79, 550.86, 6, 42, 4, 5, 5, 7, NULL, NULL, NULL, NULL),
	(172, 'fleet-000007', 'cus_985d8e866ef0', '2026-06-01', '2026-12-02 20:14:42.191854+00', 100, 'champion', 449.47, 533.68, 6, 28, 5, 5, 5, 7, NULL, NULL, NULL, NULL),
	(173, 'fleet-000007', 'cus_9e2bdd2f33bd', '2026-06-01', '2026-12-02 20:14:42.191854+00', 100, 'champion', 287.16, 340.74, 4, 5, 5, 5, 5, 7, NULL, NULL, NULL, NULL),
	(174, 'fleet-000007', 'cus_a1a3e57d5b69', '2026-06-01', '2026-12-02 20:14:42.191854+00', 40, 'lost', 44.39, 62.17, 1, 102, 2, 2, 2, 7, NULL, NULL, NULL, NULL),
	(175, 'fleet-000007', 'cus_a57726e1fe44', '2026-06-01', '2026-12-02 20:14:42.191854+00', 93, 'champion', 365.85, 464.83, 6, 45, 4, 5, 5, 7, NULL, NULL, NULL, NULL),
	(176, 'fleet-000007', 'cus_b45d77fa209c', '2026-06-01', '2026-12-02 20:14:42.191854+00', 33, 'lost', 38.41, 71.09, 1, 265, 1, 2, 2, 7, NULL, NULL, NULL, NULL),
	(177, 'fleet-000007', 'cus_b59be28c37b7', '2026-06-01', '2026-12-02 20:14:42.191854+00', 82, 'champion', 75.14, 91.63, 3, 21, 5, 4, 3, 7, NULL, NULL, NULL, NULL),
	(178, 'fleet-000007', 'cus_cd54ffe7d4a4', '2026-06-01', '2026-12-02 20:14:42.191854+00', 87, 'champion', 221.73, 277.89, 3, 37, 5, 4, 4, 7, NULL, NULL, NULL, NULL),
	(179, 'fleet-000007', 'cus_d22e2ce9601d', '2026-06-01', '2026-12-02 20:14:42.191854+00', 79, 'loyal', 214.66, 333.71, 5, 163, 2, 5, 5, 7, NULL, NULL, NULL, NULL),
	(180, 'fleet-000007', 'cus_f5049de7593d', '2026-06-01', '2026-12-02 20:14:42.191854+00', 46, 'at_risk', 103.49, 168.77, 2, 191, 1, 3, 3, 7, NULL, NULL, NULL, NULL),
	(181, 'fleet-000007', 'cus_fe75a3fcc929', '2026-06-01', '2026-12-02 20:14:42.191854+00', 33, 'lost', 32.39, 58.97, 1, 284, 1, 2, 2, 7, NULL, NULL, NULL, NULL),
	(182, 'fleet-000008', 'cus_0f70aa2da318', '2026-06-01', '2026-12-02 20:14:42.20378+00', 77, 'loyal', 22.71, 29.25, 3, 53, 5, 4, 2, 8, NULL, NULL, NULL, NULL),
	(183, 'fleet-000008', 'cus_11f802251f76', '2026-06-01', '2026-12-02 20:14:42.20378+00', 38, 'lost', 81.39, 131.60, 1, 186, 1, 2, 3, 8, NULL, NULL, NULL, NULL),
	(184, 'fleet-000008', 'cus_129c307efa0a', '2026-06-01', '2026-12-02 20:14:42.20378+00', 82, 'champion', 88.24, 102.01, 3, 29, 5, 4, 3, 8, NULL, NULL, NULL, NULL),
	(185, 'fleet-000008', 'cus_14044d6e7559', '2026-06-01', '2026-12-02 20:14:42.20378+00', 40, 'lost', 52.90, 83.52, 1, 172, 2, 2, 2, 8, NULL, NULL, NULL, NULL),
	(186, 'fleet-000008', 'cus_16918f21c7a0', '2026-06-01', '2026-12-02 20:14:42.20378+00', 95, 'champion', 166.12, 197.11, 4, 5, 5, 5, 4, 8, NULL, NULL, NULL, NULL),
	(187, 'fleet-000008', 'cus_1c13a13d74d2', '2026-06-01', '2026-12-02 20:14:42.20378+00', 65, 'loyal', 123.21, 171.69, 2, 99, 3, 3, 4, 8, NULL, NULL, NULL, NULL),
	(188, 'fleet-000008', 'cus_21dd84886ba9', '2026-06-01', '2026-12-02 20:14:42.20378+00', 67, 'loyal', 99.82, 136.97, 2, 90, 4, 3, 3, 8, NULL, NULL, NULL, NULL),
	(189, 'fleet-000008', 'cus_2972bf74710b', '2026-06-01', '2026-12-02 20:14:42.20378+00', 81, 'champion', 148.74, 216.37, 4, 153, 3, 5, 4, 8, NULL, NULL, NULL, NULL),
	(190, 'fleet-000008', 'cus_2e56139a68b9', '2026-06-01', '2026-12-02 20:14:42.20378+00', 49, 'at_risk', 49.53, 79.60, 3, 205, 1, 4, 2, 8, NULL, NULL, NULL, NULL),
	(191, 'fleet-000008', 'cus_51d55726f1ae', '2026-06-01', '2026-12-02 20:14:42.20378+00', 55, 'at_risk', 56.23, 84.04, 2, 140, 3, 3, 2, 8, NULL, NULL, NULL, NULL),
	(192, 'fleet-000008', 'cus_551aa99ab4e6', '2026-06-01', '2026-12-02 20:14:42.20378+00', 49, 'at_risk', 9.58, 11.56, 1, 67, 4, 2, 1, 8, NULL, NULL, NULL, NULL),
	(193, 'fleet-000008', 'cus_55a1ff48dbb7', '2026-06-01', '2026-12-02 20:14:42.20378+00', 56, 'at_risk', 5.56, 6.43, 1, 44, 5, 2, 1, 8, NULL, NULL, NULL, NULL),
	(194, 'fleet-000008', 'cus_6b3f640716b7', '2026-06-01', '2026-12-02 20:14:42.20378+00', 79, 'loyal', 158.36, 193.78, 2, 23, 5, 3, 4, 8, NULL, NULL, NULL, NULL),
	(195, 'fleet-000008', 'cus_7454810c61b3', '2026-06-01', '2026-12-02 20:14:42.20378+00', 43, 'at_risk', 10.88, 16.69, 2, 155, 2, 3, 1, 8, NULL, NULL, NULL, NULL),
	(196, 'fleet-000008', 'cus_812cddc9f626', '2026-06-01', '2026-12-02 20:14:42.20378+00', 42, 'at_risk', 14.30, 20.23, 1, 151, 3, 2, 1, 8, NULL, NULL, NULL, NULL),
	(197, 'fleet-000008', 'cus_a8e43d719cab', '2026-06-01', '2026-12-02 20:14:42.20378+00', 79, 'loyal', 195.68, 306.82, 4, 168, 2, 5, 5, 8, NULL, NULL, NULL, NULL),
	(198, 'fleet-000008', 'cus_a9f25b95771a', '2026-06-01', '2026-12-02 20:14:42.20378+00', 76, 'loyal', 73.99, 102.75, 4, 97, 3, 5, 3, 8, NULL, NULL, NULL, NULL),
	(199, 'fleet-000008', 'cus_ad59d83f7876', '2026-06-01', '2026-12-02 20:14:42.20378+00', 79, 'loyal', 202.87, 319.17, 5, 170, 2, 5, 5, 8, NULL, NULL, NULL, NULL),
	(200, 'fleet-000008', 'cus_b53b26c18dbc', '2026-06-01', '2026-12-02 20:14:42.20378+00', 33, 'lost', 11.17, 22.64, 1, 318, 1, 2, 2, 8, NULL, NULL, NULL, NULL);
INSERT INTO public.customer_ltv_history_2026_06_01 VALUES
	(201, 'fleet-000008', 'cus_bbdd6917cad8', '2026-06-01', '2026-12-02 20:14:42.20378+00', 28, 'lost', 4.47, 7.09, 1, 175, 1, 2, 1, 8, NULL, NULL, NULL, NULL),
	(202, 'fleet-000008', 'cus_bd00a2ac8508', '2026-06-01', '2026-12-02 20:14:42.20378+00', 79, 'loyal', 365.44, 571.03, 5, 166, 2, 5, 5, 8, NULL, NULL, NULL, NULL),
	(203, 'fleet-000008', 'cus_c86a548aeebd', '2026-06-01', '2026-12-02 20:14:42.20378+00', 85, 'champion', 189.38, 261.65, 3, 94, 4, 4, 5, 8, NULL, NULL, NULL, NULL),
	(204, 'fleet-000008', 'cus_d183b59e97b6', '2026-06-01', '2026-12-02 20:14:42.20378+00', 83, 'champion', 70.54, 91.96, 4, 60, 4, 5, 3, 8, NULL, NULL, NULL, NULL),
	(205, 'fleet-000008', 'cus_d4a034f27fef', '2026-06-01', '2026-12-02 20:14:42.20378+00', 100, 'champion', 373.45, 479.38, 4, 51, 5, 5, 5, 8, NULL, NULL, NULL, NULL),
	(206, 'fleet-000008', 'cus_e09edf7a5df5', '2026-06-01', '2026-12-02 20:14:42.20378+00', 38, 'lost', 50.78, 84.11, 1, 205, 1, 2, 3, 8, NULL, NULL, NULL, NULL),
	(207, 'fleet-000008', 'cus_ee81f0cf7364', '2026-06-01', '2026-12-02 20:14:42.20378+00', 93, 'champion', 211.89, 278.59, 4, 65, 4, 5, 5, 8, NULL, NULL, NULL, NULL),
	(208, 'fleet-000008', 'cus_f04025104251', '2026-06-01', '2026-12-02 20:14:42.20378+00', 73, 'loyal', 168.30, 251.55, 3, 140, 3, 4, 4, 8, NULL, NULL, NULL, NULL),
	(209, 'fleet-000009', 'cus_0ec19c7e61a7', '2026-06-01', '2026-12-02 20:14:42.216127+00', 87, 'champion', 239.69, 295.82, 3, 28, 5, 4, 4, 9, NULL, NULL, NULL, NULL),
	(210, 'fleet-000009', 'cus_1ba673985fd1', '2026-06-01', '2026-12-02 20:14:42.216127+00', 55, 'at_risk', 49.21, 67.99, 2, 94, 3, 3, 2, 9, NULL, NULL, NULL, NULL),
	(211, 'fleet-000009', 'cus_1d31b952664c', '2026-06-01', '2026-12-02 20:14:42.216127+00', 77, 'loyal', 99.85, 120.52, 3, 15, 5, 4, 2, 9, NULL, NULL, NULL, NULL),
	(212, 'fleet-000009', 'cus_1db7baf58f5a', '2026-06-01', '2026-12-02 20:14:42.216127+00', 44, 'at_risk', 15.92, 26.54, 3, 204, 1, 4, 1, 9, NULL, NULL, NULL, NULL),
	(213, 'fleet-000009', 'cus_20a2c39e59a3', '2026-06-01', '2026-12-02 20:14:42.216127+00', 53, 'at_risk', 121.34, 201.29, 2, 201, 2, 3, 3, 9, NULL, NULL, NULL, NULL),
	(214, 'fleet-000009', 'cus_20b5b510428f', '2026-06-01', '2026-12-02 20:14:42.216127+00', 100, 'champion', 308.19, 363.20, 4, 1, 5, 5, 5, 9, NULL, NULL, NULL, NULL),
	(215, 'fleet-000009', 'cus_3aa2182d544e', '2026-06-01', '2026-12-02 20:14:42.216127+00', 43, 'at_risk', 13.25, 21.69, 2, 193, 2, 3, 1, 9, NULL, NULL, NULL, NULL),
	(216, 'fleet-000009', 'cus_5b4f94c12e23', '2026-06-01', '2026-12-02 20:14:42.216127+00', 38, 'lost', 94.04, 178.49, 1, 306, 1, 2, 3, 9, NULL, NULL, NULL, NULL),
	(217, 'fleet-000009', 'cus_5b686c19c1e6', '2026-06-01', '2026-12-02 20:14:42.216127+00', 33, 'lost', 70.47, 114.43, 1, 203, 1, 2, 2, 9, NULL, NULL, NULL, NULL),
	(218, 'fleet-000009', 'cus_5c038552c734', '2026-06-01', '2026-12-02 20:14:42.216127+00', 71, 'loyal', 184.75, 302.32, 3, 193, 2, 4, 5, 9, NULL, NULL, NULL, NULL),
	(219, 'fleet-000009', 'cus_5d5bcc436011', '2026-06-01', '2026-12-02 20:14:42.216127+00', 28, 'lost', 18.90, 31.46, 1, 203, 1, 2, 1, 9, NULL, NULL, NULL, NULL),
	(220, 'fleet-000009', 'cus_5db227bad8bc', '2026-06-01', '2026-12-02 20:14:42.216127+00', 28, 'lost', 26.48, 48.10, 1, 254, 1, 2, 1, 9, NULL, NULL, NULL, NULL),
	(221, 'fleet-000009', 'cus_66b13223ef5e', '2026-06-01', '2026-12-02 20:14:42.216127+00', 88, 'champion', 232.73, 282.70, 4, 38, 4, 5, 4, 9, NULL, NULL, NULL, NULL),
	(222, 'fleet-000009', 'cus_6afdcbaa3dbb', '2026-06-01', '2026-12-02 20:14:42.216127+00', 67, 'loyal', 101.68, 121.98, 2, 60, 4, 3, 3, 9, NULL, NULL, NULL, NULL),
	(223, 'fleet-000009', 'cus_748a90a87e48', '2026-06-01', '2026-12-02 20:14:42.216127+00', 73, 'loyal', 155.36, 224.78, 3, 121, 3, 4, 4, 9, NULL, NULL, NULL, NULL),
	(224, 'fleet-000009', 'cus_75240d7b09c9', '2026-06-01', '2026-12-02 20:14:42.216127+00', 35, 'lost', 33.53, 48.35, 1, 161, 2, 2, 1, 9, NULL, NULL, NULL, NULL),
	(225, 'fleet-000009', 'cus_7632b11c7d50', '2026-06-01', '2026-12-02 20:14:42.216127+00', 87, 'champion', 223.25, 275.06, 3, 27, 5, 4, 4, 9, NULL, NULL, NULL, NULL),
	(226, 'fleet-000009', 'cus_903125a97ecb', '2026-06-01', '2026-12-02 20:14:42.216127+00', 53, 'at_risk', 103.93, 157.75, 2, 149, 2, 3, 3, 9, NULL, NULL, NULL, NULL),
	(227, 'fleet-000009', 'cus_92854d768154', '2026-06-01', '2026-12-02 20:14:42.216127+00', 62, 'loyal', 92.65, 121.81, 2, 65, 4, 3, 2, 9, NULL, NULL, NULL, NULL),
	(228, 'fleet-000009', 'cus_a4e3cd8f1f8e', '2026-06-01', '2026-12-02 20:14:42.216127+00', 81, 'champion', 190.21, 257.01, 4, 81, 3, 5, 4, 9, NULL, NULL, NULL, NULL),
	(229, 'fleet-000009', 'cus_c3847ef4e959', '2026-06-01', '2026-12-02 20:14:42.216127+00', 93, 'champion', 318.96, 406.65, 4, 47, 4, 5, 5, 9, NULL, NULL, NULL, NULL),
	(230, 'fleet-000009', 'cus_c70dfe8a104e', '2026-06-01', '2026-12-02 20:14:42.216127+00', 52, 'at_risk', 116.56, 159.12, 1, 132, 3, 2, 3, 9, NULL, NULL, NULL, NULL),
	(231, 'fleet-000009', 'cus_e12650d90a19', '2026-06-01', '2026-12-02 20:14:42.216127+00', 86, 'champion', 250.67, 348.11, 5, 97, 3, 5, 5, 9, NULL, NULL, NULL, NULL),
	(232, 'fleet-000009', 'cus_e8c8e5072687', '2026-06-01', '2026-12-02 20:14:42.216127+00', 93, 'champion', 348.57, 433.89, 5, 33, 4, 5, 5, 9, NULL, NULL, NULL, NULL),
	(233, 'fleet-000009', 'cus_efda421d83f5', '2026-06-01', '2026-12-02 20:14:42.216127+00', 61, 'loyal', 42.96, 51.32, 1, 9, 5, 2, 2, 9, NULL, NULL, NULL, NULL),
	(234, 'fleet-000010', 'cus_03fcfe139fd0', '2026-06-01', '2026-12-02 20:14:42.227938+00', 75, 'loyal', 115.72, 144.04, 2, 33, 4, 4, 3, 10, NULL, NULL, NULL, NULL),
	(235, 'fleet-000010', 'cus_1b5af938356e', '2026-06-01', '2026-12-02 20:14:42.227938+00', 75, 'loyal', 113.49, 142.72, 2, 39, 4, 4, 3, 10, NULL, NULL, NULL, NULL),
	(236, 'fleet-000010', 'cus_2d78619dca40', '2026-06-01', '2026-12-02 20:14:42.227938+00', 100, 'champion', 401.44, 492.07, 6, 24, 5, 5, 5, 10, NULL, NULL, NULL, NULL),
	(237, 'fleet-000010', 'cus_2e81fbd9b526', '2026-06-01', '2026-12-02 20:14:42.227938+00', 45, 'at_risk', 116.43, 148.20, 1, 95, 2, 2, 3, 10, NULL, NULL, NULL, NULL),
	(238, 'fleet-000010', 'cus_3d2f13fd5353', '2026-06-01', '2026-12-02 20:14:42.227938+00', 71, 'loyal', 209.16, 300.57, 2, 117, 2, 4, 5, 10, NULL, NULL, NULL, NULL),
	(239, 'fleet-000010', 'cus_3e90c8214c2b', '2026-06-01', '2026-12-02 20:14:42.227938+00', 73, 'loyal', 180.85, 234.55, 2, 57, 3, 4, 4, 10, NULL, NULL, NULL, NULL),
	(240, 'fleet-000010', 'cus_58abdfbfa6eb', '2026-06-01', '2026-12-02 20:14:42.227938+00', 33, 'lost', 52.87, 92.95, 1, 235, 1, 2, 2, 10, NULL, NULL, NULL, NULL),
	(241, 'fleet-000010', 'cus_5e121679be63', '2026-06-01', '2026-12-02 20:14:42.227938+00', 100, 'champion', 276.32, 332.39, 4, 13, 5, 5, 5, 10, NULL, NULL, NULL, NULL),
	(242, 'fleet-000010', 'cus_7af46e2dc7f4', '2026-06-01', '2026-12-02 20:14:42.227938+00', 73, 'loyal', 169.85, 224.34, 3, 76, 3, 4, 4, 10, NULL, NULL, NULL, NULL),
	(243, 'fleet-000010', 'cus_86105b97dba8', '2026-06-01', '2026-12-02 20:14:42.227938+00', 49, 'at_risk', 41.24, 77.06, 2, 296, 1, 4, 2, 10, NULL, NULL, NULL, NULL),
	(244, 'fleet-000010', 'cus_8aeda42569a7', '2026-06-01', '2026-12-02 20:14:42.227938+00', 33, 'lost', 51.28, 86.98, 1, 214, 1, 2, 2, 10, NULL, NULL, NULL, NULL),
	(245, 'fleet-000010', 'cus_9060da63f57e', '2026-06-01', '2026-12-02 20:14:42.227938+00', 66, 'loyal', 128.60, 137.59, 1, 3, 5, 2, 3, 10, NULL, NULL, NULL, NULL),
	(246, 'fleet-000010', 'cus_9323478db63b', '2026-06-01', '2026-12-02 20:14:42.227938+00', 42, 'at_risk', 3.73, 4.85, 1, 58, 3, 2, 1, 10, NULL, NULL, NULL, NULL),
	(247, 'fleet-000010', 'cus_97fa38e9418a', '2026-06-01', '2026-12-02 20:14:42.227938+00', 100, 'champion', 241.89, 294.48, 4, 20, 5, 5, 5, 10, NULL, NULL, NULL, NULL),
	(248, 'fleet-000010', 'cus_9d0aaa521375', '2026-06-01', '2026-12-02 20:14:42.227938+00', 85, 'champion', 293.95, 367.78, 3, 36, 4, 4, 5, 10, NULL, NULL, NULL, NULL),
	(249, 'fleet-000010', 'cus_9f28df5bbf40', '2026-06-01', '2026-12-02 20:14:42.227938+00', 74, 'loyal', 159.60, 225.85, 5, 108, 2, 5, 4, 10, NULL, NULL, NULL, NULL),
	(250, 'fleet-000010', 'cus_a2dfa5f62c4e', '2026-06-01', '2026-12-02 20:14:42.227938+00', 49, 'at_risk', 67.97, 131.06, 2, 289, 1, 4, 2, 10, NULL, NULL, NULL, NULL),
	(251, 'fleet-000010', 'cus_a38b560d0ced', '2026-06-01', '2026-12-02 20:14:42.227938+00', 65, 'loyal', 38.28, 47.57, 2, 32, 4, 4, 1, 10, NULL, NULL, NULL, NULL),
	(252, 'fleet-000010', 'cus_a48e49fcb3d7', '2026-06-01', '2026-12-02 20:14:42.227938+00', 61, 'loyal', 89.05, 139.62, 3, 168, 2, 4, 3, 10, NULL, NULL, NULL, NULL),
	(253, 'fleet-000010', 'cus_b4310c1bfb6f', '2026-06-01', '2026-12-02 20:14:42.227938+00', 56, 'at_risk', 25.59, 27.33, 1, 2, 5, 2, 1, 10, NULL, NULL, NULL, NULL),
	(254, 'fleet-000010', 'cus_bbee2789599d', '2026-06-01', '2026-12-02 20:14:42.227938+00', 56, 'at_risk', 66.82, 92.17, 2, 117, 2, 4, 2, 10, NULL, NULL, NULL, NULL),
	(255, 'fleet-000010', 'cus_bdbe175a3982', '2026-06-01', '2026-12-02 20:14:42.227938+00', 81, 'champion', 196.85, 252.26, 4, 50, 3, 5, 4, 10, NULL, NULL, NULL, NULL),
	(256, 'fleet-000010', 'cus_c65d258d8e90', '2026-06-01', '2026-12-02 20:14:42.227938+00', 28, 'lost', 34.22, 58.14, 1, 215, 1, 2, 1, 10, NULL, NULL, NULL, NULL),
	(257, 'fleet-000010', 'cus_d317fc9c391b', '2026-06-01', '2026-12-02 20:14:42.227938+00', 65, 'loyal', 24.11, 29.60, 2, 25, 4, 4, 1, 10, NULL, NULL, NULL, NULL),
	(258, 'fleet-000010', 'cus_d9867c97cf48', '2026-06-01', '2026-12-02 20:14:42.227938+00', 73, 'loyal', 189.79, 251.67, 2, 70, 3, 4, 4, 10, NULL, NULL, NULL, NULL),
	(259, 'fleet-000011', 'cus_06eef6eacc62', '2026-06-01', '2026-12-02 20:14:42.244635+00', 41, 'at_risk', 57.40, 93.13, 2, 188, 1, 3, 2, 11, NULL, NULL, NULL, NULL),
	(260, 'fleet-000011', 'cus_0b172c462fb3', '2026-06-01', '2026-12-02 20:14:42.244635+00', 76, 'loyal', 161.32, 220.92, 4, 120, 3, 5, 3, 11, NULL, NULL, NULL, NULL),
	(261, 'fleet-000011', 'cus_0fbbd14791d5', '2026-06-01', '2026-12-02 20:14:42.244635+00', 64, 'loyal', 80.13, 121.63, 4, 149, 2, 5, 2, 11, NULL, NULL, NULL, NULL),
	(262, 'fleet-000011', 'cus_1d586ed3bf2f', '2026-06-01', '2026-12-02 20:14:42.244635+00', 83, 'champion', 142.09, 179.30, 4, 41, 4, 5, 3, 11, NULL, NULL, NULL, NULL),
	(263, 'fleet-000011', 'cus_2b0471c5d5cf', '2026-06-01', '2026-12-02 20:14:42.244635+00', 100, 'champion', 240.20, 290.92, 4, 17, 5, 5, 5, 11, NULL, NULL, NULL, NULL),
	(264, 'fleet-000011', 'cus_3f18e8b37750', '2026-06-01', '2026-12-02 20:14:42.244635+00', 28, 'lost', 48.08, 89.29, 1, 267, 1, 2, 1, 11, NULL, NULL, NULL, NULL),
	(265, 'fleet-000011', 'cus_55cd02e50b32', '2026-06-01', '2026-12-02 20:14:42.244635+00', 93, 'champion', 269.68, 348.55, 5, 55, 4, 5, 5, 11, NULL, NULL, NULL, NULL),
	(266, 'fleet-000011', 'cus_5abbd111932c', '2026-06-01', '2026-12-02 20:14:42.244635+00', 95, 'champion', 228.01, 273.34, 4, 11, 5, 5, 4, 11, NULL, NULL, NULL, NULL),
	(267, 'fleet-000011', 'cus_60c30cc2e08d', '2026-06-01', '2026-12-02 20:14:42.244635+00', 28, 'lost', 25.15, 39.78, 1, 173, 1, 2, 1, 11, NULL, NULL, NULL, NULL),
	(268, 'fleet-000011', 'cus_64db250047bf', '2026-06-01', '2026-12-02 20:14:42.244635+00', 60, 'at_risk', 124.90, 178.57, 3, 114, 3, 3, 3, 11, NULL, NULL, NULL, NULL),
	(269, 'fleet-000011', 'cus_738f160ed71b', '2026-06-01', '2026-12-02 20:14:42.244635+00', 100, 'champion', 409.76, 494.59, 6, 15, 5, 5, 5, 11, NULL, NULL, NULL, NULL),
	(270, 'fleet-000011', 'cus_942575ebe021', '2026-06-01', '2026-12-02 20:14:42.244635+00', 49, 'at_risk', 59.57, 76.60, 1, 52, 4, 2, 1, 11, NULL, NULL, NULL, NULL),
	(271, 'fleet-000011', 'cus_998162dd4af3', '2026-06-01', '2026-12-02 20:14:42.244635+00', 95, 'champion', 218.40, 267.70, 4, 24, 5, 5, 4, 11, NULL, NULL, NULL, NULL),
	(272, 'fleet-000011', 'cus_9d6d6ece495b', '2026-06-01', '2026-12-02 20:14:42.244635+00', 53, 'at_risk', 153.05, 238.74, 2, 165, 2, 3, 3, 11, NULL, NULL, NULL, NULL),
	(273, 'fleet-000011', 'cus_abc78e76d075', '2026-06-01', '2026-12-02 20:14:42.244635+00', 48, 'at_risk', 62.51, 91.31, 2, 135, 2, 3, 2, 11, NULL, NULL, NULL, NULL),
	(274, 'fleet-000011', 'cus_c4f6f5f0393d', '2026-06-01', '2026-12-02 20:14:42.244635+00', 81, 'champion', 199.33, 285.95, 4, 116, 3, 5, 4, 11, NULL, NULL, NULL, NULL),
	(275, 'fleet-000011', 'cus_ca41f5f9cf61', '2026-06-01', '2026-12-02 20:14:42.244635+00', 70, 'loyal', 231.70, 310.41, 2, 76, 3, 3, 5, 11, NULL, NULL, NULL, NULL),
	(276, 'fleet-000011', 'cus_cd3c682b36e8', '2026-06-01', '2026-12-02 20:14:42.244635+00', 81, 'champion', 172.76, 240.13, 4, 103, 3, 5, 4, 11, NULL, NULL, NULL, NULL),
	(277, 'fleet-000011', 'cus_cea94ba6d12f', '2026-06-01', '2026-12-02 20:14:42.244635+00', 33, 'lost', 73.27, 154.09, 1, 360, 1, 2, 2, 11, NULL, NULL, NULL, NULL),
	(278, 'fleet-000011', 'cus_d52073139af2', '2026-06-01', '2026-12-02 20:14:42.244635+00', 74, 'loyal', 137.98, 164.24, 2, 8, 5, 3, 3, 11, NULL, NULL, NULL, NULL),
	(279, 'fleet-000011', 'cus_d6bbc3ed944b', '2026-06-01', '2026-12-02 20:14:42.244635+00', 72, 'loyal', 172.54, 290.18, 4, 209, 1, 5, 5, 11, NULL, NULL, NULL, NULL),
	(280, 'fleet-000011', 'cus_d9172b86de72', '2026-06-01', '2026-12-02 20:14:42.244635+00', 35, 'lost', 0.00, 0.00, 1, 161, 2, 2, 1, 11, NULL, NULL, NULL, NULL),
	(281, 'fleet-000011', 'cus_dd6f2b5d177f', '2026-06-01', '2026-12-02 20:14:42.244635+00', 62, 'loyal', 87.23, 110.64, 2, 44, 4, 3, 2, 11, NULL, NULL, NULL, NULL),
	(282, 'fleet-000011', 'cus_e3dce3ffd148', '2026-06-01', '2026-12-02 20:14:42.244635+00', 93, 'champion', 298.43, 377.24, 6, 42, 4, 5, 5, 11, NULL, NULL, NULL, NULL),
	(283, 'fleet-000011', 'cus_e4b3b0d46812', '2026-06-01', '2026-12-02 20:14:42.244635+00', 79, 'loyal', 202.30, 251.98, 2, 35, 5, 3, 4, 11, NULL, NULL, NULL, NULL),
	(284, 'fleet-000011', 'cus_e6480aa075f6', '2026-06-01', '2026-12-02 20:14:42.244635+00', 35, 'lost', 12.63, 18.42, 1, 167, 2, 2, 1, 11, NULL, NULL, NULL, NULL),
	(285, 'fleet-000012', 'cus_0884da313124', '2026-06-01', '2026-12-02 20:14:42.259936+00', 74, 'loyal', 146.41, 172.84, 2, 2, 5, 3, 3, 12, NULL, NULL, NULL, NULL),
	(286, 'fleet-000012', 'cus_0bbd88c57d1c', '2026-06-01', '2026-12-02 20:14:42.259936+00', 77, 'loyal', 81.07, 98.70, 3, 20, 5, 4, 2, 12, NULL, NULL, NULL, NULL),
	(287, 'fleet-000012', 'cus_11eeaa87da6f', '2026-06-01', '2026-12-02 20:14:42.259936+00', 46, 'at_risk', 89.35, 164.80, 2, 263, 1, 3, 3, 12, NULL, NULL, NULL, NULL),
	(288, 'fleet-000012', 'cus_126a2aad50d8', '2026-06-01', '2026-12-02 20:14:42.259936+00', 58, 'at_risk', 134.57, 241.17, 2, 259, 2, 3, 4, 12, NULL, NULL, NULL, NULL),
	(289, 'fleet-000012', 'cus_1720bae1e80e', '2026-06-01', '2026-12-02 20:14:42.259936+00', 28, 'lost', 11.54, 23.46, 1, 320, 1, 2, 1, 12, NULL, NULL, NULL, NULL),
	(290, 'fleet-000012', 'cus_20a197c2cd9f', '2026-06-01', '2026-12-02 20:14:42.259936+00', 93, 'champion', 294.94, 372.69, 5, 50, 4, 5, 5, 12, NULL, NULL, NULL, NULL),
	(291, 'fleet-000012', 'cus_2ab0b71976d1', '2026-06-01', '2026-12-02 20:14:42.259936+00', 93, 'champion', 249.67, 316.75, 4, 47, 4, 5, 5, 12, NULL, NULL, NULL, NULL),
	(292, 'fleet-000012', 'cus_2bf5ec88fac4', '2026-06-01', '2026-12-02 20:14:42.259936+00', 71, 'loyal', 78.63, 103.91, 5, 68, 3, 5, 2, 12, NULL, NULL, NULL, NULL),
	(293, 'fleet-000012', 'cus_2e8a758c6a8e', '2026-06-01', '2026-12-02 20:14:42.259936+00', 61, 'loyal', 103.47, 146.17, 3, 107, 2, 4, 3, 12, NULL, NULL, NULL, NULL),
	(294, 'fleet-000012', 'cus_32b52ab917b4', '2026-06-01', '2026-12-02 20:14:42.259936+00', 95, 'champion', 264.54, 309.21, 7, 7, 5, 5, 4, 12, NULL, NULL, NULL, NULL),
	(295, 'fleet-000012', 'cus_3336a6c05e0a', '2026-06-01', '2026-12-02 20:14:42.259936+00', 57, 'at_risk', 37.02, 48.67, 2, 65, 4, 3, 1, 12, NULL, NULL, NULL, NULL),
	(296, 'fleet-000012', 'cus_34929bd112d6', '2026-06-01', '2026-12-02 20:14:42.259936+00', 65, 'loyal', 150.04, 210.51, 2, 103, 3, 3, 4, 12, NULL, NULL, NULL, NULL),
	(297, 'fleet-000012', 'cus_3b42544ede35', '2026-06-01', '2026-12-02 20:14:42.259936+00', 33, 'lost', 56.70, 109.47, 1, 315, 1, 2, 2, 12, NULL, NULL, NULL, NULL),
	(298, 'fleet-000012', 'cus_41aa5243c4f7', '2026-06-01', '2026-12-02 20:14:42.259936+00', 33, 'lost', 48.60, 85.99, 1, 269, 1, 2, 2, 12, NULL, NULL, NULL, NULL),
	(299, 'fleet-000012', 'cus_472642b8e1b9', '2026-06-01', '2026-12-02 20:14:42.259936+00', 100, 'champion', 280.52, 353.38, 4, 40, 5, 5, 5, 12, NULL, NULL, NULL, NULL),
	(300, 'fleet-000012', 'cus_47e5c7824a8f', '2026-06-01', '2026-12-02 20:14:42.259936+00', 35, 'lost', 7.53, 11.41, 1, 187, 2, 2, 1, 12, NULL, NULL, NULL, NULL),
	(301, 'fleet-000012', 'cus_64858afd1466', '2026-06-01', '2026-12-02 20:14:42.259936+00', 35, 'lost', 13.23, 20.01, 1, 148, 2, 2, 1, 12, NULL, NULL, NULL, NULL),
	(302, 'fleet-000012', 'cus_9c4fef5cdeec', '2026-06-01', '2026-12-02 20:14:42.259936+00', 42, 'at_risk', 25.28, 35.23, 1, 99, 3, 2, 1, 12, NULL, NULL, NULL, NULL),
	(303, 'fleet-000012', 'cus_9dbeae088179', '2026-06-01', '2026-12-02 20:14:42.259936+00', 86, 'champion', 240.42, 323.20, 4, 78, 3, 5, 5, 12, NULL, NULL, NULL, NULL),
	(304, 'fleet-000012', 'cus_a2fdffc2ac4e', '2026-06-01', '2026-12-02 20:14:42.259936+00', 46, 'at_risk', 63.30, 122.07, 2, 289, 1, 3, 3, 12, NULL, NULL, NULL, NULL),
	(305, 'fleet-000012', 'cus_ad1b6f7b09cc', '2026-06-01', '2026-12-02 20:14:42.259936+00', 100, 'champion', 307.21, 360.63, 4, 18, 5, 5, 5, 12, NULL, NULL, NULL, NULL),
	(306, 'fleet-000012', 'cus_b0f22bab6018', '2026-06-01', '2026-12-02 20:14:42.259936+00', 74, 'loyal', 157.56, 225.72, 4, 140, 2, 5, 4, 12, NULL, NULL, NULL, NULL),
	(307, 'fleet-000012', 'cus_b707a15e1946', '2026-06-01', '2026-12-02 20:14:42.259936+00', 67, 'loyal', 156.44, 199.11, 2, 46, 4, 3, 3, 12, NULL, NULL, NULL, NULL),
	(308, 'fleet-000012', 'cus_bce7f33989f6', '2026-06-01', '2026-12-02 20:14:42.259936+00', 93, 'champion', 357.24, 452.35, 4, 43, 4, 5, 5, 12, NULL, NULL, NULL, NULL),
	(309, 'fleet-000012', 'cus_d68899347365', '2026-06-01', '2026-12-02 20:14:42.259936+00', 47, 'at_risk', 66.46, 83.48, 1, 88, 3, 2, 2, 12, NULL, NULL, NULL, NULL),
	(310, 'fleet-000012', 'cus_f63b5bd40fa7', '2026-06-01', '2026-12-02 20:14:42.259936+00', 87, 'champion', 230.29, 289.61, 3, 39, 5, 4, 4, 12, NULL, NULL, NULL, NULL);


--
-- Data for Name: customer_ltv_history_2026_06_02; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.customer_ltv_history_2026_06_02 VALUES
	(1001, 'fleet-000001', 'cus_0449c860d328', '2026-06-02', '2026-12-02 20:14:42.345537+00', 63, 'loyal', 219.02, 315.91, 2, 144, 2, 3, 5, 13, NULL, NULL, NULL, NULL),
	(1002, 'fleet-000001', 'cus_0470fb0735a4', '2026-06-02', '2026-12-02 20:14:42.345537+00', 86, 'champion', 362.62, 484.15, 4, 74, 3, 5, 5, 13, NULL, NULL, NULL, NULL),
	(1003, 'fleet-000001', 'cus_12bf2eac2016', '2026-06-02', '2026-12-02 20:14:42.345537+00', 28, 'lost', 4.30, 6.37, 1, 175, 1, 2, 1, 13, NULL, NULL, NULL, NULL),
	(1004, 'fleet-000001', 'cus_14205a41a5b5', '2026-06-02', '2026-12-02 20:14:42.345537+00', 47, 'at_risk', 89.02, 116.74, 1, 80, 3, 2, 2, 13, NULL, NULL, NULL, NULL),
	(1005, 'fleet-000001', 'cus_2776876fd574', '2026-06-02', '2026-12-02 20:14:42.345537+00', 95, 'champion', 201.89, 252.17, 4, 35, 5, 5, 4, 13, NULL, NULL, NULL, NULL),
	(1006, 'fleet-000001', 'cus_4b0522b25ede', '2026-06-02', '2026-12-02 20:14:42.345537+00', 82, 'champion', 95.62, 117.81, 3, 27, 5, 4, 3, 13, NULL, NULL, NULL, NULL),
	(1007, 'fleet-000001', 'cus_598aedbf5ab1', '2026-06-02', '2026-12-02 20:14:42.345537+00', 93, 'champion', 336.16, 422.03, 5, 38, 4, 5, 5, 13, NULL, NULL, NULL, NULL),
	(1008, 'fleet-000001', 'cus_5cca38da0d97', '2026-06-02', '2026-12-02 20:14:42.345537+00', 60, 'at_risk', 111.04, 160.94, 2, 122, 3, 3, 3, 13, NULL, NULL, NULL, NULL),
	(1009, 'fleet-000001', 'cus_5f649e24afcd', '2026-06-02', '2026-12-02 20:14:42.345537+00', 28, 'lost', 3.29, 6.90, 1, 339, 1, 2, 1, 13, NULL, NULL, NULL, NULL),
	(1010, 'fleet-000001', 'cus_6ea8f374b71e', '2026-06-02', '2026-12-02 20:14:42.345537+00', 88, 'champion', 182.65, 240.97, 5, 67, 4, 5, 4, 13, NULL, NULL, NULL, NULL),
	(1011, 'fleet-000001', 'cus_796a013cf1fe', '2026-06-02', '2026-12-02 20:14:42.345537+00', 28, 'lost', 4.50, 8.18, 1, 254, 1, 2, 1, 13, NULL, NULL, NULL, NULL),
	(1012, 'fleet-000001', 'cus_7ae595e30fda', '2026-06-02', '2026-12-02 20:14:42.345537+00', 87, 'champion', 203.41, 252.33, 3, 31, 5, 4, 4, 13, NULL, NULL, NULL, NULL),
	(1013, 'fleet-000001', 'cus_827ee6e21a7f', '2026-06-02', '2026-12-02 20:14:42.345537+00', 53, 'at_risk', 88.95, 135.01, 2, 149, 2, 3, 3, 13, NULL, NULL, NULL, NULL),
	(1014, 'fleet-000001', 'cus_9181a848b1f3', '2026-06-02', '2026-12-02 20:14:42.345537+00', 28, 'lost', 19.45, 30.54, 1, 175, 1, 2, 1, 13, NULL, NULL, NULL, NULL),
	(1015, 'fleet-000001', 'cus_92a95ed86f3b', '2026-06-02', '2026-12-02 20:14:42.345537+00', 40, 'lost', 50.48, 71.17, 1, 149, 2, 2, 2, 13, NULL, NULL, NULL, NULL),
	(1016, 'fleet-000001', 'cus_9b9065b3ba2c', '2026-06-02', '2026-12-02 20:14:42.345537+00', 86, 'champion', 344.55, 473.59, 5, 91, 3, 5, 5, 13, NULL, NULL, NULL, NULL),
	(1017, 'fleet-000001', 'cus_a9857b216786', '2026-06-02', '2026-12-02 20:14:42.345537+00', 45, 'at_risk', 79.10, 118.22, 1, 140, 2, 2, 3, 13, NULL, NULL, NULL, NULL),
	(1018, 'fleet-000001', 'cus_aa58951da4f7', '2026-06-02', '2026-12-02 20:14:42.345537+00', 52, 'at_risk', 105.13, 146.25, 1, 98, 3, 2, 3, 13, NULL, NULL, NULL, NULL),
	(1019, 'fleet-000001', 'cus_aee0e4431f15', '2026-06-02', '2026-12-02 20:14:42.345537+00', 92, 'champion', 307.86, 376.71, 3, 23, 5, 4, 5, 13, NULL, NULL, NULL, NULL),
	(1020, 'fleet-000001', 'cus_bb14aaf15a98', '2026-06-02', '2026-12-02 20:14:42.345537+00', 69, 'loyal', 131.27, 193.54, 4, 132, 2, 5, 3, 13, NULL, NULL, NULL, NULL),
	(1021, 'fleet-000001', 'cus_d0bd571dc19c', '2026-06-02', '2026-12-02 20:14:42.345537+00', 88, 'champion', 200.58, 256.60, 4, 49, 4, 5, 4, 13, NULL, NULL, NULL, NULL),
	(1022, 'fleet-000001', 'cus_d0c8af7c2b3b', '2026-06-02', '2026-12-02 20:14:42.345537+00', 58, 'at_risk', 26.59, 37.12, 3, 100, 3, 4, 1, 13, NULL, NULL, NULL, NULL),
	(1023, 'fleet-000001', 'cus_d82eea4f7eef', '2026-06-02', '2026-12-02 20:14:42.345537+00', 85, 'champion', 90.20, 110.75, 4, 25, 5, 5, 2, 13, NULL, NULL, NULL, NULL),
	(1024, 'fleet-000001', 'cus_def474a313bf', '2026-06-02', '2026-12-02 20:14:42.345537+00', 70, 'loyal', 70.90, 90.86, 3, 50, 4, 4, 2, 13, NULL, NULL, NULL, NULL),
	(1025, 'fleet-000001', 'cus_ebf456887ba5', '2026-06-02', '2026-12-02 20:14:42.345537+00', 48, 'at_risk', 38.33, 56.52, 2, 145, 2, 3, 2, 13, NULL, NULL, NULL, NULL),
	(1026, 'fleet-000001', 'cus_ec9bf698f00b', '2026-06-02', '2026-12-02 20:14:42.345537+00', 95, 'champion', 199.03, 222.23, 4, 2, 5, 5, 4, 13, NULL, NULL, NULL, NULL),
	(1027, 'fleet-000001', 'cus_f2e804e45e1d', '2026-06-02', '2026-12-02 20:14:42.345537+00', 93, 'champion', 217.72, 280.43, 4, 53, 4, 5, 5, 13, NULL, NULL, NULL, NULL),
	(1028, 'fleet-000007', 'cus_0dab3695ea1d', '2026-06-02', '2026-12-02 20:14:42.363956+00', 88, 'champion', 225.34, 277.62, 4, 53, 4, 5, 4, 14, NULL, NULL, NULL, NULL),
	(1029, 'fleet-000007', 'cus_162e15d9863f', '2026-06-02', '2026-12-02 20:14:42.363956+00', 35, 'lost', 29.35, 41.32, 1, 105, 2, 2, 1, 14, NULL, NULL, NULL, NULL),
	(1030, 'fleet-000007', 'cus_223241d3c541', '2026-06-02', '2026-12-02 20:14:42.363956+00', 86, 'champion', 390.56, 513.49, 5, 65, 3, 5, 5, 14, NULL, NULL, NULL, NULL),
	(1031, 'fleet-000007', 'cus_253a44f71ded', '2026-06-02', '2026-12-02 20:14:42.363956+00', 69, 'loyal', 52.76, 59.55, 2, 12, 5, 3, 2, 14, NULL, NULL, NULL, NULL),
	(1032, 'fleet-000007', 'cus_2a1aea3fe716', '2026-06-02', '2026-12-02 20:14:42.363956+00', 68, 'loyal', 152.44, 199.40, 3, 62, 3, 4, 3, 14, NULL, NULL, NULL, NULL),
	(1033, 'fleet-000007', 'cus_37ecb1877383', '2026-06-02', '2026-12-02 20:14:42.363956+00', 68, 'loyal', 149.22, 191.95, 3, 79, 3, 4, 3, 14, NULL, NULL, NULL, NULL),
	(1034, 'fleet-000007', 'cus_3b52593c72e9', '2026-06-02', '2026-12-02 20:14:42.363956+00', 88, 'champion', 240.49, 314.03, 4, 61, 4, 5, 4, 14, NULL, NULL, NULL, NULL),
	(1035, 'fleet-000007', 'cus_46edf7b1f801', '2026-06-02', '2026-12-02 20:14:42.363956+00', 28, 'lost', 15.71, 24.86, 1, 174, 1, 2, 1, 14, NULL, NULL, NULL, NULL),
	(1036, 'fleet-000007', 'cus_54f19df04f09', '2026-06-02', '2026-12-02 20:14:42.363956+00', 73, 'loyal', 184.48, 256.19, 3, 97, 3, 4, 4, 14, NULL, NULL, NULL, NULL),
	(1037, 'fleet-000007', 'cus_593b73dcbde9', '2026-06-02', '2026-12-02 20:14:42.363956+00', 61, 'loyal', 127.65, 196.75, 3, 158, 2, 4, 3, 14, NULL, NULL, NULL, NULL),
	(1038, 'fleet-000007', 'cus_60e5d2752bc6', '2026-06-02', '2026-12-02 20:14:42.363956+00', 95, 'champion', 245.52, 307.19, 4, 36, 5, 5, 4, 14, NULL, NULL, NULL, NULL),
	(1039, 'fleet-000007', 'cus_6dd6c9f6fa7d', '2026-06-02', '2026-12-02 20:14:42.363956+00', 62, 'loyal', 47.46, 56.28, 2, 47, 4, 3, 2, 14, NULL, NULL, NULL, NULL),
	(1040, 'fleet-000007', 'cus_7472decfde9e', '2026-06-02', '2026-12-02 20:14:42.363956+00', 43, 'at_risk', 29.31, 40.75, 2, 128, 2, 3, 1, 14, NULL, NULL, NULL, NULL),
	(1041, 'fleet-000007', 'cus_7c959cb9321a', '2026-06-02', '2026-12-02 20:14:42.363956+00', 68, 'loyal', 145.24, 199.98, 3, 92, 3, 4, 3, 14, NULL, NULL, NULL, NULL),
	(1042, 'fleet-000007', 'cus_824f5271a873', '2026-06-02', '2026-12-02 20:14:42.363956+00', 50, 'at_risk', 35.83, 48.67, 2, 84, 3, 3, 1, 14, NULL, NULL, NULL, NULL),
	(1043, 'fleet-000007', 'cus_8f999ddc20b3', '2026-06-02', '2026-12-02 20:14:42.363956+00', 28, 'lost', 17.34, 35.99, 1, 332, 1, 2, 1, 14, NULL, NULL, NULL, NULL),
	(1044, 'fleet-000007', 'cus_96efa2c28220', '2026-06-02', '2026-12-02 20:14:42.363956+00', 93, 'champion', 435.04, 550.86, 6, 43, 4, 5, 5, 14, NULL, NULL, NULL, NULL),
	(1045, 'fleet-000007', 'cus_985d8e866ef0', '2026-06-02', '2026-12-02 20:14:42.363956+00', 100, 'champion', 448.61, 533.68, 6, 29, 5, 5, 5, 14, NULL, NULL, NULL, NULL),
	(1046, 'fleet-000007', 'cus_9e2bdd2f33bd', '2026-06-02', '2026-12-02 20:14:42.363956+00', 100, 'champion', 286.67, 340.74, 4, 6, 5, 5, 5, 14, NULL, NULL, NULL, NULL),
	(1047, 'fleet-000007', 'cus_a1a3e57d5b69', '2026-06-02', '2026-12-02 20:14:42.363956+00', 40, 'lost', 44.31, 62.17, 1, 103, 2, 2, 2, 14, NULL, NULL, NULL, NULL),
	(1048, 'fleet-000007', 'cus_a57726e1fe44', '2026-06-02', '2026-12-02 20:14:42.363956+00', 93, 'champion', 365.22, 464.83, 6, 46, 4, 5, 5, 14, NULL, NULL, NULL, NULL),
	(1049, 'fleet-000007', 'cus_b45d77fa209c', '2026-06-02', '2026-12-02 20:14:42.363956+00', 33, 'lost', 38.35, 71.09, 1, 266, 1, 2, 2, 14, NULL, NULL, NULL, NULL),
	(1050, 'fleet-000007', 'cus_b59be28c37b7', '2026-06-02', '2026-12-02 20:14:42.363956+00', 82, 'champion', 75.01, 91.63, 3, 22, 5, 4, 3, 14, NULL, NULL, NULL, NULL),
	(1051, 'fleet-000007', 'cus_cd54ffe7d4a4', '2026-06-02', '2026-12-02 20:14:42.363956+00', 87, 'champion', 221.35, 277.89, 3, 38, 5, 4, 4, 14, NULL, NULL, NULL, NULL),
	(1052, 'fleet-000007', 'cus_d22e2ce9601d', '2026-06-02', '2026-12-02 20:14:42.363956+00', 79, 'loyal', 214.29, 333.71, 5, 164, 2, 5, 5, 14, NULL, NULL, NULL, NULL),
	(1053, 'fleet-000007', 'cus_f5049de7593d', '2026-06-02', '2026-12-02 20:14:42.363956+00', 46, 'at_risk', 103.31, 168.77, 2, 192, 1, 3, 3, 14, NULL, NULL, NULL, NULL),
	(1054, 'fleet-000007', 'cus_fe75a3fcc929', '2026-06-02', '2026-12-02 20:14:42.363956+00', 33, 'lost', 32.33, 58.97, 1, 285, 1, 2, 2, 14, NULL, NULL, NULL, NULL),
	(1055, 'fleet-000004', 'cus_0b7119ffcf81', '2026-06-02', '2026-12-02 20:14:42.378444+00', 28, 'lost', 4.43, 9.37, 1, 343, 1, 2, 1, 15, NULL, NULL, NULL, NULL),
	(1056, 'fleet-000004', 'cus_12c820070693', '2026-06-02', '2026-12-02 20:14:42.378444+00', 64, 'loyal', 0.00, 0.00, 2, 28, 5, 3, 1, 15, NULL, NULL, NULL, NULL),
	(1057, 'fleet-000004', 'cus_1909fe69a41e', '2026-06-02', '2026-12-02 20:14:42.378444+00', 95, 'champion', 211.71, 250.78, 7, 4, 5, 5, 4, 15, NULL, NULL, NULL, NULL),
	(1058, 'fleet-000004', 'cus_2c3aca6177a9', '2026-06-02', '2026-12-02 20:14:42.378444+00', 87, 'champion', 148.76, 183.59, 3, 28, 5, 4, 4, 15, NULL, NULL, NULL, NULL),
	(1059, 'fleet-000004', 'cus_326ecb28b400', '2026-06-02', '2026-12-02 20:14:42.378444+00', 93, 'champion', 224.29, 284.49, 6, 44, 4, 5, 5, 15, NULL, NULL, NULL, NULL),
	(1060, 'fleet-000004', 'cus_3b19e2a499d2', '2026-06-02', '2026-12-02 20:14:42.378444+00', 86, 'champion', 332.62, 469.19, 4, 124, 3, 5, 5, 15, NULL, NULL, NULL, NULL),
	(1061, 'fleet-000004', 'cus_4533080003c1', '2026-06-02', '2026-12-02 20:14:42.378444+00', 53, 'at_risk', 87.54, 142.90, 2, 217, 2, 3, 3, 15, NULL, NULL, NULL, NULL),
	(1062, 'fleet-000004', 'cus_486c018a282f', '2026-06-02', '2026-12-02 20:14:42.378444+00', 45, 'at_risk', 82.62, 124.55, 1, 145, 2, 2, 3, 15, NULL, NULL, NULL, NULL),
	(1063, 'fleet-000004', 'cus_53c47c723e96', '2026-06-02', '2026-12-02 20:14:42.378444+00', 74, 'loyal', 150.71, 247.90, 4, 196, 2, 5, 4, 15, NULL, NULL, NULL, NULL),
	(1064, 'fleet-000004', 'cus_61ed783e0ab2', '2026-06-02', '2026-12-02 20:14:42.378444+00', 84, 'champion', 245.29, 302.21, 2, 27, 5, 3, 5, 15, NULL, NULL, NULL, NULL),
	(1065, 'fleet-000004', 'cus_61f1280455e1', '2026-06-02', '2026-12-02 20:14:42.378444+00', 73, 'loyal', 191.61, 268.37, 3, 102, 3, 4, 4, 15, NULL, NULL, NULL, NULL),
	(1066, 'fleet-000004', 'cus_6261cc3d91bc', '2026-06-02', '2026-12-02 20:14:42.378444+00', 41, 'at_risk', 18.37, 32.88, 2, 252, 1, 3, 2, 15, NULL, NULL, NULL, NULL),
	(1067, 'fleet-000004', 'cus_7c67a660b828', '2026-06-02', '2026-12-02 20:14:42.378444+00', 46, 'at_risk', 69.09, 132.81, 2, 310, 1, 3, 3, 15, NULL, NULL, NULL, NULL),
	(1068, 'fleet-000004', 'cus_7c7eda67038d', '2026-06-02', '2026-12-02 20:14:42.378444+00', 87, 'champion', 199.42, 238.66, 3, 10, 5, 4, 4, 15, NULL, NULL, NULL, NULL),
	(1069, 'fleet-000004', 'cus_a74f88cd54b9', '2026-06-02', '2026-12-02 20:14:42.378444+00', 35, 'lost', 8.95, 14.77, 1, 198, 2, 2, 1, 15, NULL, NULL, NULL, NULL),
	(1070, 'fleet-000004', 'cus_afcadf4fe57a', '2026-06-02', '2026-12-02 20:14:42.378444+00', 93, 'champion', 391.23, 487.32, 5, 47, 4, 5, 5, 15, NULL, NULL, NULL, NULL),
	(1071, 'fleet-000004', 'cus_bc2077e2e63b', '2026-06-02', '2026-12-02 20:14:42.378444+00', 55, 'at_risk', 68.67, 99.51, 2, 143, 3, 3, 2, 15, NULL, NULL, NULL, NULL),
	(1072, 'fleet-000004', 'cus_c2dc736fc45c', '2026-06-02', '2026-12-02 20:14:42.378444+00', 40, 'lost', 26.97, 45.43, 1, 210, 2, 2, 2, 15, NULL, NULL, NULL, NULL),
	(1073, 'fleet-000004', 'cus_d0123d185f9d', '2026-06-02', '2026-12-02 20:14:42.378444+00', 75, 'loyal', 133.72, 171.95, 3, 52, 4, 4, 3, 15, NULL, NULL, NULL, NULL),
	(1074, 'fleet-000004', 'cus_d2710446f979', '2026-06-02', '2026-12-02 20:14:42.378444+00', 100, 'champion', 402.31, 496.51, 6, 28, 5, 5, 5, 15, NULL, NULL, NULL, NULL),
	(1075, 'fleet-000004', 'cus_d403a4e31d83', '2026-06-02', '2026-12-02 20:14:42.378444+00', 33, 'lost', 41.61, 81.56, 1, 323, 1, 2, 2, 15, NULL, NULL, NULL, NULL),
	(1076, 'fleet-000004', 'cus_dd81dc916854', '2026-06-02', '2026-12-02 20:14:42.378444+00', 93, 'champion', 292.00, 362.23, 4, 31, 4, 5, 5, 15, NULL, NULL, NULL, NULL),
	(1077, 'fleet-000004', 'cus_e4a7803cedf0', '2026-06-02', '2026-12-02 20:14:42.378444+00', 55, 'at_risk', 87.03, 123.36, 2, 109, 3, 3, 2, 15, NULL, NULL, NULL, NULL),
	(1078, 'fleet-000004', 'cus_ef93dfaf469b', '2026-06-02', '2026-12-02 20:14:42.378444+00', 83, 'champion', 132.36, 179.16, 5, 82, 4, 5, 3, 15, NULL, NULL, NULL, NULL),
	(1079, 'fleet-000004', 'cus_f4a9b4147a8b', '2026-06-02', '2026-12-02 20:14:42.378444+00', 42, 'at_risk', 9.90, 13.77, 1, 100, 3, 2, 1, 15, NULL, NULL, NULL, NULL),
	(1080, 'fleet-000004', 'cus_f99e7ae69427', '2026-06-02', '2026-12-02 20:14:42.378444+00', 28, 'lost', 2.44, 5.03, 1, 328, 1, 2, 1, 15, NULL, NULL, NULL, NULL),
	(1081, 'fleet-000011', 'cus_06eef6eacc62', '2026-06-02', '2026-12-02 20:14:42.391397+00', 41, 'at_risk', 57.30, 93.13, 2, 189, 1, 3, 2, 16, NULL, NULL, NULL, NULL),
	(1082, 'fleet-000011', 'cus_0b172c462fb3', '2026-06-02', '2026-12-02 20:14:42.391397+00', 76, 'loyal', 161.01, 220.92, 4, 121, 3, 5, 3, 16, NULL, NULL, NULL, NULL),
	(1083, 'fleet-000011', 'cus_0fbbd14791d5', '2026-06-02', '2026-12-02 20:14:42.391397+00', 64, 'loyal', 80.00, 121.63, 4, 150, 2, 5, 2, 16, NULL, NULL, NULL, NULL),
	(1084, 'fleet-000011', 'cus_1d586ed3bf2f', '2026-06-02', '2026-12-02 20:14:42.391397+00', 83, 'champion', 141.84, 179.30, 4, 42, 4, 5, 3, 16, NULL, NULL, NULL, NULL),
	(1085, 'fleet-000011', 'cus_2b0471c5d5cf', '2026-06-02', '2026-12-02 20:14:42.391397+00', 100, 'champion', 239.79, 290.92, 4, 18, 5, 5, 5, 16, NULL, NULL, NULL, NULL),
	(1086, 'fleet-000011', 'cus_3f18e8b37750', '2026-06-02', '2026-12-02 20:14:42.391397+00', 28, 'lost', 48.00, 89.29, 1, 268, 1, 2, 1, 16, NULL, NULL, NULL, NULL),
	(1087, 'fleet-000011', 'cus_55cd02e50b32', '2026-06-02', '2026-12-02 20:14:42.391397+00', 93, 'champion', 269.22, 348.55, 5, 56, 4, 5, 5, 16, NULL, NULL, NULL, NULL),
	(1088, 'fleet-000011', 'cus_5abbd111932c', '2026-06-02', '2026-12-02 20:14:42.391397+00', 95, 'champion', 227.62, 273.34, 4, 12, 5, 5, 4, 16, NULL, NULL, NULL, NULL),
	(1089, 'fleet-000011', 'cus_60c30cc2e08d', '2026-06-02', '2026-12-02 20:14:42.391397+00', 28, 'lost', 25.11, 39.78, 1, 174, 1, 2, 1, 16, NULL, NULL, NULL, NULL),
	(1090, 'fleet-000011', 'cus_64db250047bf', '2026-06-02', '2026-12-02 20:14:42.391397+00', 60, 'at_risk', 124.69, 178.57, 3, 115, 3, 3, 3, 16, NULL, NULL, NULL, NULL),
	(1091, 'fleet-000011', 'cus_738f160ed71b', '2026-06-02', '2026-12-02 20:14:42.391397+00', 100, 'champion', 409.06, 494.59, 6, 16, 5, 5, 5, 16, NULL, NULL, NULL, NULL),
	(1092, 'fleet-000011', 'cus_942575ebe021', '2026-06-02', '2026-12-02 20:14:42.391397+00', 49, 'at_risk', 59.47, 76.60, 1, 53, 4, 2, 1, 16, NULL, NULL, NULL, NULL),
	(1093, 'fleet-000011', 'cus_998162dd4af3', '2026-06-02', '2026-12-02 20:14:42.391397+00', 95, 'champion', 218.02, 267.70, 4, 25, 5, 5, 4, 16, NULL, NULL, NULL, NULL),
	(1094, 'fleet-000011', 'cus_9d6d6ece495b', '2026-06-02', '2026-12-02 20:14:42.391397+00', 53, 'at_risk', 152.79, 238.74, 2, 166, 2, 3, 3, 16, NULL, NULL, NULL, NULL),
	(1095, 'fleet-000011', 'cus_abc78e76d075', '2026-06-02', '2026-12-02 20:14:42.391397+00', 48, 'at_risk', 62.39, 91.31, 2, 136, 2, 3, 2, 16, NULL, NULL, NULL, NULL),
	(1096, 'fleet-000011', 'cus_c4f6f5f0393d', '2026-06-02', '2026-12-02 20:14:42.391397+00', 81, 'champion', 198.99, 285.95, 4, 117, 3, 5, 4, 16, NULL, NULL, NULL, NULL),
	(1097, 'fleet-000011', 'cus_ca41f5f9cf61', '2026-06-02', '2026-12-02 20:14:42.391397+00', 70, 'loyal', 231.30, 310.41, 2, 77, 3, 3, 5, 16, NULL, NULL, NULL, NULL),
	(1098, 'fleet-000011', 'cus_cd3c682b36e8', '2026-06-02', '2026-12-02 20:14:42.391397+00', 81, 'champion', 172.43, 240.13, 4, 104, 3, 5, 4, 16, NULL, NULL, NULL, NULL),
	(1099, 'fleet-000011', 'cus_cea94ba6d12f', '2026-06-02', '2026-12-02 20:14:42.391397+00', 33, 'lost', 73.13, 154.09, 1, 361, 1, 2, 2, 16, NULL, NULL, NULL, NULL),
	(1100, 'fleet-000011', 'cus_d52073139af2', '2026-06-02', '2026-12-02 20:14:42.391397+00', 74, 'loyal', 137.71, 164.24, 2, 9, 5, 3, 3, 16, NULL, NULL, NULL, NULL),
	(1101, 'fleet-000011', 'cus_d6bbc3ed944b', '2026-06-02', '2026-12-02 20:14:42.391397+00', 72, 'loyal', 172.25, 290.18, 4, 210, 1, 5, 5, 16, NULL, NULL, NULL, NULL),
	(1102, 'fleet-000011', 'cus_d9172b86de72', '2026-06-02', '2026-12-02 20:14:42.391397+00', 35, 'lost', 0.00, 0.00, 1, 162, 2, 2, 1, 16, NULL, NULL, NULL, NULL),
	(1103, 'fleet-000011', 'cus_dd6f2b5d177f', '2026-06-02', '2026-12-02 20:14:42.391397+00', 62, 'loyal', 87.08, 110.64, 2, 45, 4, 3, 2, 16, NULL, NULL, NULL, NULL),
	(1104, 'fleet-000011', 'cus_e3dce3ffd148', '2026-06-02', '2026-12-02 20:14:42.391397+00', 93, 'champion', 297.93, 377.24, 6, 43, 4, 5, 5, 16, NULL, NULL, NULL, NULL),
	(1105, 'fleet-000011', 'cus_e4b3b0d46812', '2026-06-02', '2026-12-02 20:14:42.391397+00', 79, 'loyal', 201.91, 251.98, 2, 36, 5, 3, 4, 16, NULL, NULL, NULL, NULL),
	(1106, 'fleet-000011', 'cus_e6480aa075f6', '2026-06-02', '2026-12-02 20:14:42.391397+00', 35, 'lost', 12.60, 18.42, 1, 168, 2, 2, 1, 16, NULL, NULL, NULL, NULL),
	(1107, 'Café Ünïcode', 'cus_06133d9073ef', '2026-06-02', '2026-12-02 20:14:42.404928+00', 61, 'loyal', 128.17, 200.06, 2, 173, 2, 4, 3, 17, NULL, NULL, NULL, NULL),
	(1108, 'Café Ünïcode', 'cus_0dfa50bc7dbf', '2026-06-02', '2026-12-02 20:14:42.404928+00', 81, 'champion', 173.80, 247.20, 3, 111, 3, 5, 4, 17, NULL, NULL, NULL, NULL),
	(1109, 'Café Ünïcode', 'cus_14ebcf7db029', '2026-06-02', '2026-12-02 20:14:42.404928+00', 75, 'loyal', 126.59, 165.02, 2, 60, 4, 4, 3, 17, NULL, NULL, NULL, NULL),
	(1110, 'Café Ünïcode', 'cus_196f2739157a', '2026-06-02', '2026-12-02 20:14:42.404928+00', 92, 'champion', 220.94, 265.32, 2, 12, 5, 4, 5, 17, NULL, NULL, NULL, NULL),
	(1111, 'Café Ünïcode', 'cus_1eea22a4b901', '2026-06-02', '2026-12-02 20:14:42.404928+00', 86, 'champion', 476.94, 605.21, 4, 82, 3, 5, 5, 17, NULL, NULL, NULL, NULL),
	(1112, 'Café Ünïcode', 'cus_2d28ffbc2a04', '2026-06-02', '2026-12-02 20:14:42.404928+00', 74, 'loyal', 153.32, 248.12, 3, 189, 2, 5, 4, 17, NULL, NULL, NULL, NULL),
	(1113, 'Café Ünïcode', 'cus_32421d7d151e', '2026-06-02', '2026-12-02 20:14:42.404928+00', 56, 'at_risk', 80.25, 128.26, 2, 185, 2, 4, 2, 17, NULL, NULL, NULL, NULL),
	(1114, 'Café Ünïcode', 'cus_595c31a03e2b', '2026-06-02', '2026-12-02 20:14:42.404928+00', 28, 'lost', 4.98, 9.97, 1, 311, 1, 2, 1, 17, NULL, NULL, NULL, NULL),
	(1115, 'Café Ünïcode', 'cus_5e52db6af860', '2026-06-02', '2026-12-02 20:14:42.404928+00', 65, 'loyal', 39.83, 51.83, 2, 59, 4, 4, 1, 17, NULL, NULL, NULL, NULL),
	(1116, 'Café Ünïcode', 'cus_67bc486bf422', '2026-06-02', '2026-12-02 20:14:42.404928+00', 85, 'champion', 213.78, 278.68, 2, 60, 4, 4, 5, 17, NULL, NULL, NULL, NULL),
	(1117, 'Café Ünïcode', 'cus_68519c6d37a3', '2026-06-02', '2026-12-02 20:14:42.404928+00', 52, 'at_risk', 0.00, 0.00, 3, 228, 1, 5, 1, 17, NULL, NULL, NULL, NULL),
	(1118, 'Café Ünïcode', 'cus_786630c0dba5', '2026-06-02', '2026-12-02 20:14:42.404928+00', 40, 'lost', 54.50, 82.15, 1, 145, 2, 2, 2, 17, NULL, NULL, NULL, NULL),
	(1119, 'Café Ünïcode', 'cus_8407d81e85db', '2026-06-02', '2026-12-02 20:14:42.404928+00', 33, 'lost', 32.75, 67.84, 1, 352, 1, 2, 2, 17, NULL, NULL, NULL, NULL),
	(1120, 'Café Ünïcode', 'cus_855f8e3b95a3', '2026-06-02', '2026-12-02 20:14:42.404928+00', 76, 'loyal', 92.84, 133.87, 3, 119, 3, 5, 3, 17, NULL, NULL, NULL, NULL),
	(1121, 'Café Ünïcode', 'cus_a0295af9952c', '2026-06-02', '2026-12-02 20:14:42.404928+00', 100, 'champion', 262.10, 322.92, 4, 27, 5, 5, 5, 17, NULL, NULL, NULL, NULL),
	(1122, 'Café Ünïcode', 'cus_a0a13454876e', '2026-06-02', '2026-12-02 20:14:42.404928+00', 68, 'loyal', 110.37, 163.28, 2, 134, 3, 4, 3, 17, NULL, NULL, NULL, NULL),
	(1123, 'Café Ünïcode', 'cus_b284a31aa05a', '2026-06-02', '2026-12-02 20:14:42.404928+00', 56, 'at_risk', 38.29, 62.23, 2, 189, 2, 4, 2, 17, NULL, NULL, NULL, NULL),
	(1124, 'Café Ünïcode', 'cus_b33a1ce468b6', '2026-06-02', '2026-12-02 20:14:42.404928+00', 93, 'champion', 248.65, 323.03, 3, 58, 4, 5, 5, 17, NULL, NULL, NULL, NULL),
	(1125, 'Café Ünïcode', 'cus_b47b1cae4902', '2026-06-02', '2026-12-02 20:14:42.404928+00', 56, 'at_risk', 10.70, 13.05, 1, 21, 5, 2, 1, 17, NULL, NULL, NULL, NULL),
	(1126, 'Café Ünïcode', 'cus_bb4344b3a280', '2026-06-02', '2026-12-02 20:14:42.404928+00', 95, 'champion', 210.46, 252.30, 4, 11, 5, 5, 4, 17, NULL, NULL, NULL, NULL),
	(1127, 'Café Ünïcode', 'cus_c452353e338a', '2026-06-02', '2026-12-02 20:14:42.404928+00', 87, 'champion', 169.72, 200.36, 2, 2, 5, 4, 4, 17, NULL, NULL, NULL, NULL),
	(1128, 'Café Ünïcode', 'cus_c9788b6cd254', '2026-06-02', '2026-12-02 20:14:42.404928+00', 38, 'lost', 82.71, 133.94, 1, 192, 1, 2, 3, 17, NULL, NULL, NULL, NULL),
	(1129, 'Café Ünïcode', 'cus_cef2aefe9f62', '2026-06-02', '2026-12-02 20:14:42.404928+00', 80, 'loyal', 177.86, 235.05, 2, 68, 4, 4, 4, 17, NULL, NULL, NULL, NULL),
	(1130, 'Café Ünïcode', 'cus_d70c72dc7314', '2026-06-02', '2026-12-02 20:14:42.404928+00', 42, 'at_risk', 8.03, 11.60, 1, 120, 3, 2, 1, 17, NULL, NULL, NULL, NULL),
	(1131, 'Café Ünïcode', 'cus_d76432d548dd', '2026-06-02', '2026-12-02 20:14:42.404928+00', 85, 'champion', 79.82, 98.18, 4, 26, 5, 5, 2, 17, NULL, NULL, NULL, NULL),
	(1132, 'Café Ünïcode', 'cus_f0933e27ad22', '2026-06-02', '2026-12-02 20:14:42.404928+00', 72, 'loyal', 200.12, 359.77, 3, 248, 1, 5, 5, 17, NULL, NULL, NULL, NULL),
	(1133, 'fleet-000008', 'cus_0f70aa2da318', '2026-06-02', '2026-12-02 20:14:42.418105+00', 77, 'loyal', 22.67, 29.25, 3, 54, 5, 4, 2, 18, NULL, NULL, NULL, NULL),
	(1134, 'fleet-000008', 'cus_11f802251f76', '2026-06-02', '2026-12-02 20:14:42.418105+00', 38, 'lost', 81.25, 131.60, 1, 187, 1, 2, 3, 18, NULL, NULL, NULL, NULL),
	(1135, 'fleet-000008', 'cus_129c307efa0a', '2026-06-02', '2026-12-02 20:14:42.418105+00', 82, 'champion', 88.07, 102.01, 3, 30, 5, 4, 3, 18, NULL, NULL, NULL, NULL),
	(1136, 'fleet-000008', 'cus_14044d6e7559', '2026-06-02', '2026-12-02 20:14:42.418105+00', 40, 'lost', 52.81, 83.52, 1, 173, 2, 2, 2, 18, NULL, NULL, NULL, NULL),
	(1137, 'fleet-000008', 'cus_16918f21c7a0', '2026-06-02', '2026-12-02 20:14:42.418105+00', 87, 'champion', 157.93, 187.71, 3, 6, 5, 4, 4, 18, NULL, NULL, NULL, NULL),
	(1138, 'fleet-000008', 'cus_1c13a13d74d2', '2026-06-02', '2026-12-02 20:14:42.418105+00', 65, 'loyal', 123.00, 171.69, 2, 100, 3, 3, 4, 18, NULL, NULL, NULL, NULL),
	(1139, 'fleet-000008', 'cus_21dd84886ba9', '2026-06-02', '2026-12-02 20:14:42.418105+00', 67, 'loyal', 99.65, 136.97, 2, 91, 4, 3, 3, 18, NULL, NULL, NULL, NULL),
	(1140, 'fleet-000008', 'cus_2972bf74710b', '2026-06-02', '2026-12-02 20:14:42.418105+00', 81, 'champion', 148.46, 216.37, 4, 154, 3, 5, 4, 18, NULL, NULL, NULL, NULL),
	(1141, 'fleet-000008', 'cus_2e56139a68b9', '2026-06-02', '2026-12-02 20:14:42.418105+00', 49, 'at_risk', 49.44, 79.60, 3, 206, 1, 4, 2, 18, NULL, NULL, NULL, NULL),
	(1142, 'fleet-000008', 'cus_51d55726f1ae', '2026-06-02', '2026-12-02 20:14:42.418105+00', 55, 'at_risk', 56.13, 84.04, 2, 141, 3, 3, 2, 18, NULL, NULL, NULL, NULL),
	(1143, 'fleet-000008', 'cus_551aa99ab4e6', '2026-06-02', '2026-12-02 20:14:42.418105+00', 49, 'at_risk', 9.56, 11.56, 1, 68, 4, 2, 1, 18, NULL, NULL, NULL, NULL),
	(1144, 'fleet-000008', 'cus_55a1ff48dbb7', '2026-06-02', '2026-12-02 20:14:42.418105+00', 56, 'at_risk', 5.55, 6.43, 1, 45, 5, 2, 1, 18, NULL, NULL, NULL, NULL),
	(1145, 'fleet-000008', 'cus_6b3f640716b7', '2026-06-02', '2026-12-02 20:14:42.418105+00', 79, 'loyal', 158.09, 193.78, 2, 24, 5, 3, 4, 18, NULL, NULL, NULL, NULL),
	(1146, 'fleet-000008', 'cus_7454810c61b3', '2026-06-02', '2026-12-02 20:14:42.418105+00', 43, 'at_risk', 10.87, 16.69, 2, 156, 2, 3, 1, 18, NULL, NULL, NULL, NULL),
	(1147, 'fleet-000008', 'cus_812cddc9f626', '2026-06-02', '2026-12-02 20:14:42.418105+00', 42, 'at_risk', 14.27, 20.23, 1, 152, 3, 2, 1, 18, NULL, NULL, NULL, NULL),
	(1148, 'fleet-000008', 'cus_a8e43d719cab', '2026-06-02', '2026-12-02 20:14:42.418105+00', 79, 'loyal', 195.35, 306.82, 4, 169, 2, 5, 5, 18, NULL, NULL, NULL, NULL),
	(1149, 'fleet-000008', 'cus_a9f25b95771a', '2026-06-02', '2026-12-02 20:14:42.418105+00', 76, 'loyal', 73.86, 102.75, 4, 98, 3, 5, 3, 18, NULL, NULL, NULL, NULL),
	(1150, 'fleet-000008', 'cus_ad59d83f7876', '2026-06-02', '2026-12-02 20:14:42.418105+00', 79, 'loyal', 202.52, 319.17, 5, 171, 2, 5, 5, 18, NULL, NULL, NULL, NULL),
	(1151, 'fleet-000008', 'cus_b53b26c18dbc', '2026-06-02', '2026-12-02 20:14:42.418105+00', 33, 'lost', 11.15, 22.64, 1, 319, 1, 2, 2, 18, NULL, NULL, NULL, NULL),
	(1152, 'fleet-000008', 'cus_bbdd6917cad8', '2026-06-02', '2026-12-02 20:14:42.418105+00', 28, 'lost', 4.46, 7.09, 1, 176, 1, 2, 1, 18, NULL, NULL, NULL, NULL),
	(1153, 'fleet-000008', 'cus_bd00a2ac8508', '2026-06-02', '2026-12-02 20:14:42.418105+00', 79, 'loyal', 364.81, 571.03, 5, 167, 2, 5, 5, 18, NULL, NULL, NULL, NULL),
	(1154, 'fleet-000008', 'cus_c86a548aeebd', '2026-06-02', '2026-12-02 20:14:42.418105+00', 85, 'champion', 189.06, 261.65, 3, 95, 4, 4, 5, 18, NULL, NULL, NULL, NULL),
	(1155, 'fleet-000008', 'cus_d183b59e97b6', '2026-06-02', '2026-12-02 20:14:42.418105+00', 83, 'champion', 70.42, 91.96, 4, 61, 4, 5, 3, 18, NULL, NULL, NULL, NULL),
	(1156, 'fleet-000008', 'cus_d4a034f27fef', '2026-06-02', '2026-12-02 20:14:42.418105+00', 100, 'champion', 372.81, 479.38, 4, 52, 5, 5, 5, 18, NULL, NULL, NULL, NULL),
	(1157, 'fleet-000008', 'cus_e09edf7a5df5', '2026-06-02', '2026-12-02 20:14:42.418105+00', 38, 'lost', 50.68, 84.11, 1, 206, 1, 2, 3, 18, NULL, NULL, NULL, NULL),
	(1158, 'fleet-000008', 'cus_ee81f0cf7364', '2026-06-02', '2026-12-02 20:14:42.418105+00', 93, 'champion', 211.53, 278.59, 4, 66, 4, 5, 5, 18, NULL, NULL, NULL, NULL),
	(1159, 'fleet-000008', 'cus_f04025104251', '2026-06-02', '2026-12-02 20:14:42.418105+00', 73, 'loyal', 168.01, 251.55, 3, 141, 3, 4, 4, 18, NULL, NULL, NULL, NULL),
	(1160, 'fleet-000002', 'cus_02892d893636', '2026-06-02', '2026-12-02 20:14:42.431919+00', 49, 'at_risk', 5.13, 7.03, 1, 89, 4, 2, 1, 19, NULL, NULL, NULL, NULL),
	(1161, 'fleet-000002', 'cus_02eaa2934adc', '2026-06-02', '2026-12-02 20:14:42.431919+00', 74, 'loyal', 147.35, 238.66, 4, 187, 2, 5, 4, 19, NULL, NULL, NULL, NULL),
	(1162, 'fleet-000002', 'cus_0520a1ab307f', '2026-06-02', '2026-12-02 20:14:42.431919+00', 64, 'loyal', 227.19, 412.65, 3, 254, 1, 4, 5, 19, NULL, NULL, NULL, NULL),
	(1163, 'fleet-000002', 'cus_12a32992180a', '2026-06-02', '2026-12-02 20:14:42.431919+00', 28, 'lost', 12.19, 23.87, 1, 298, 1, 2, 1, 19, NULL, NULL, NULL, NULL),
	(1164, 'fleet-000002', 'cus_1fcc2b8600d3', '2026-06-02', '2026-12-02 20:14:42.431919+00', 71, 'loyal', 138.74, 176.03, 1, 46, 5, 2, 4, 19, NULL, NULL, NULL, NULL),
	(1165, 'fleet-000002', 'cus_24477a77686c', '2026-06-02', '2026-12-02 20:14:42.431919+00', 52, 'at_risk', 95.75, 151.42, 1, 173, 3, 2, 3, 19, NULL, NULL, NULL, NULL),
	(1166, 'fleet-000002', 'cus_371c69895ec4', '2026-06-02', '2026-12-02 20:14:42.431919+00', 86, 'champion', 274.07, 421.72, 4, 157, 3, 5, 5, 19, NULL, NULL, NULL, NULL),
	(1167, 'fleet-000002', 'cus_399dfb087c69', '2026-06-02', '2026-12-02 20:14:42.431919+00', 52, 'at_risk', 83.36, 131.15, 1, 170, 3, 2, 3, 19, NULL, NULL, NULL, NULL),
	(1168, 'fleet-000002', 'cus_3a0dee9db828', '2026-06-02', '2026-12-02 20:14:42.431919+00', 56, 'at_risk', 21.53, 27.88, 1, 56, 5, 2, 1, 19, NULL, NULL, NULL, NULL),
	(1169, 'fleet-000002', 'cus_4145918b9c8f', '2026-06-02', '2026-12-02 20:14:42.431919+00', 95, 'champion', 190.97, 226.99, 4, 6, 5, 5, 4, 19, NULL, NULL, NULL, NULL),
	(1170, 'fleet-000002', 'cus_46ef2a067321', '2026-06-02', '2026-12-02 20:14:42.431919+00', 64, 'loyal', 119.49, 169.96, 1, 111, 4, 2, 4, 19, NULL, NULL, NULL, NULL),
	(1171, 'fleet-000002', 'cus_47a2020d68d5', '2026-06-02', '2026-12-02 20:14:42.431919+00', 72, 'loyal', 118.35, 170.36, 2, 118, 4, 3, 4, 19, NULL, NULL, NULL, NULL),
	(1172, 'fleet-000002', 'cus_481cd9a1cf31', '2026-06-02', '2026-12-02 20:14:42.431919+00', 61, 'loyal', 53.55, 85.27, 3, 177, 2, 4, 3, 19, NULL, NULL, NULL, NULL),
	(1173, 'fleet-000002', 'cus_4f9dfb66dc72', '2026-06-02', '2026-12-02 20:14:42.431919+00', 86, 'champion', 241.85, 351.66, 7, 124, 3, 5, 5, 19, NULL, NULL, NULL, NULL),
	(1174, 'fleet-000002', 'cus_5b536866e244', '2026-06-02', '2026-12-02 20:14:42.431919+00', 63, 'loyal', 154.47, 251.12, 2, 209, 2, 3, 5, 19, NULL, NULL, NULL, NULL),
	(1175, 'fleet-000002', 'cus_683daa25ce7d', '2026-06-02', '2026-12-02 20:14:42.431919+00', 79, 'loyal', 165.61, 262.80, 4, 175, 2, 5, 5, 19, NULL, NULL, NULL, NULL),
	(1176, 'fleet-000002', 'cus_6856c65ac57e', '2026-06-02', '2026-12-02 20:14:42.431919+00', 28, 'lost', 12.43, 26.00, 1, 357, 1, 2, 1, 19, NULL, NULL, NULL, NULL),
	(1177, 'fleet-000002', 'cus_69429c1bd0e1', '2026-06-02', '2026-12-02 20:14:42.431919+00', 67, 'loyal', 88.03, 120.79, 2, 90, 4, 3, 3, 19, NULL, NULL, NULL, NULL),
	(1178, 'fleet-000002', 'cus_72b772867c73', '2026-06-02', '2026-12-02 20:14:42.431919+00', 60, 'at_risk', 116.73, 167.72, 2, 155, 3, 3, 3, 19, NULL, NULL, NULL, NULL),
	(1179, 'fleet-000002', 'cus_7f31badcdc49', '2026-06-02', '2026-12-02 20:14:42.431919+00', 77, 'loyal', 42.06, 55.97, 3, 72, 5, 4, 2, 19, NULL, NULL, NULL, NULL),
	(1180, 'fleet-000002', 'cus_b481956d3578', '2026-06-02', '2026-12-02 20:14:42.431919+00', 28, 'lost', 2.37, 5.06, 1, 348, 1, 2, 1, 19, NULL, NULL, NULL, NULL),
	(1181, 'fleet-000002', 'cus_c604f559ec9c', '2026-06-02', '2026-12-02 20:14:42.431919+00', 85, 'champion', 197.52, 265.08, 3, 77, 4, 4, 5, 19, NULL, NULL, NULL, NULL),
	(1182, 'fleet-000002', 'cus_e71d90a22a51', '2026-06-02', '2026-12-02 20:14:42.431919+00', 33, 'lost', 33.01, 68.00, 1, 333, 1, 2, 2, 19, NULL, NULL, NULL, NULL),
	(1183, 'fleet-000002', 'cus_f03b1c4aece2', '2026-06-02', '2026-12-02 20:14:42.431919+00', 77, 'loyal', 68.44, 83.10, 3, 41, 5, 4, 2, 19, NULL, NULL, NULL, NULL),
	(1184, 'fleet-000002', 'cus_f09157dc64f1', '2026-06-02', '2026-12-02 20:14:42.431919+00', 85, 'champion', 52.35, 62.28, 5, 11, 5, 5, 2, 19, NULL, NULL, NULL, NULL),
	(1185, 'fleet-000002', 'cus_f6bf949cdb0d', '2026-06-02', '2026-12-02 20:14:42.431919+00', 56, 'at_risk', 45.61, 78.03, 3, 219, 2, 4, 2, 19, NULL, NULL, NULL, NULL),
	(1186, 'fleet-000012', 'cus_0884da313124', '2026-06-02', '2026-12-02 20:14:42.447198+00', 74, 'loyal', 146.16, 172.84, 2, 3, 5, 3, 3, 20, NULL, NULL, NULL, NULL),
	(1187, 'fleet-000012', 'cus_0bbd88c57d1c', '2026-06-02', '2026-12-02 20:14:42.447198+00', 77, 'loyal', 80.94, 98.70, 3, 21, 5, 4, 2, 20, NULL, NULL, NULL, NULL),
	(1188, 'fleet-000012', 'cus_11eeaa87da6f', '2026-06-02', '2026-12-02 20:14:42.447198+00', 46, 'at_risk', 89.20, 164.80, 2, 264, 1, 3, 3, 20, NULL, NULL, NULL, NULL),
	(1189, 'fleet-000012', 'cus_126a2aad50d8', '2026-06-02', '2026-12-02 20:14:42.447198+00', 58, 'at_risk', 134.31, 241.17, 2, 260, 2, 3, 4, 20, NULL, NULL, NULL, NULL),
	(1190, 'fleet-000012', 'cus_1720bae1e80e', '2026-06-02', '2026-12-02 20:14:42.447198+00', 28, 'lost', 11.52, 23.46, 1, 321, 1, 2, 1, 20, NULL, NULL, NULL, NULL),
	(1191, 'fleet-000012', 'cus_20a197c2cd9f', '2026-06-02', '2026-12-02 20:14:42.447198+00', 93, 'champion', 294.38, 372.69, 5, 51, 4, 5, 5, 20, NULL, NULL, NULL, NULL),
	(1192, 'fleet-000012', 'cus_2ab0b71976d1', '2026-06-02', '2026-12-02 20:14:42.447198+00', 93, 'champion', 249.19, 316.75, 4, 48, 4, 5, 5, 20, NULL, NULL, NULL, NULL),
	(1193, 'fleet-000012', 'cus_2bf5ec88fac4', '2026-06-02', '2026-12-02 20:14:42.447198+00', 71, 'loyal', 78.49, 103.91, 5, 69, 3, 5, 2, 20, NULL, NULL, NULL, NULL),
	(1194, 'fleet-000012', 'cus_2e8a758c6a8e', '2026-06-02', '2026-12-02 20:14:42.447198+00', 61, 'loyal', 103.30, 146.17, 3, 108, 2, 4, 3, 20, NULL, NULL, NULL, NULL),
	(1195, 'fleet-000012', 'cus_32b52ab917b4', '2026-06-02', '2026-12-02 20:14:42.447198+00', 95, 'champion', 264.04, 309.21, 7, 8, 5, 5, 4, 20, NULL, NULL, NULL, NULL),
	(1196, 'fleet-000012', 'cus_3336a6c05e0a', '2026-06-02', '2026-12-02 20:14:42.447198+00', 57, 'at_risk', 36.95, 48.67, 2, 66, 4, 3, 1, 20, NULL, NULL, NULL, NULL),
	(1197, 'fleet-000012', 'cus_34929bd112d6', '2026-06-02', '2026-12-02 20:14:42.447198+00', 65, 'loyal', 149.78, 210.51, 2, 104, 3, 3, 4, 20, NULL, NULL, NULL, NULL),
	(1198, 'fleet-000012', 'cus_3b42544ede35', '2026-06-02', '2026-12-02 20:14:42.447198+00', 33, 'lost', 56.59, 109.47, 1, 316, 1, 2, 2, 20, NULL, NULL, NULL, NULL),
	(1199, 'fleet-000012', 'cus_41aa5243c4f7', '2026-06-02', '2026-12-02 20:14:42.447198+00', 33, 'lost', 48.50, 85.99, 1, 270, 1, 2, 2, 20, NULL, NULL, NULL, NULL),
	(1200, 'fleet-000012', 'cus_472642b8e1b9', '2026-06-02', '2026-12-02 20:14:42.447198+00', 100, 'champion', 280.04, 353.38, 4, 41, 5, 5, 5, 20, NULL, NULL, NULL, NULL);
INSERT INTO public.customer_ltv_history_2026_06_02 VALUES
	(1201, 'fleet-000012', 'cus_47e5c7824a8f', '2026-06-02', '2026-12-02 20:14:42.447198+00', 35, 'lost', 7.52, 11.41, 1, 188, 2, 2, 1, 20, NULL, NULL, NULL, NULL),
	(1202, 'fleet-000012', 'cus_64858afd1466', '2026-06-02', '2026-12-02 20:14:42.447198+00', 35, 'lost', 13.20, 20.01, 1, 149, 2, 2, 1, 20, NULL, NULL, NULL, NULL),
	(1203, 'fleet-000012', 'cus_9c4fef5cdeec', '2026-06-02', '2026-12-02 20:14:42.447198+00', 42, 'at_risk', 25.24, 35.23, 1, 100, 3, 2, 1, 20, NULL, NULL, NULL, NULL),
	(1204, 'fleet-000012', 'cus_9dbeae088179', '2026-06-02', '2026-12-02 20:14:42.447198+00', 86, 'champion', 240.01, 323.20, 4, 79, 3, 5, 5, 20, NULL, NULL, NULL, NULL),
	(1205, 'fleet-000012', 'cus_a2fdffc2ac4e', '2026-06-02', '2026-12-02 20:14:42.447198+00', 46, 'at_risk', 63.20, 122.07, 2, 290, 1, 3, 3, 20, NULL, NULL, NULL, NULL),
	(1206, 'fleet-000012', 'cus_ad1b6f7b09cc', '2026-06-02', '2026-12-02 20:14:42.447198+00', 100, 'champion', 306.63, 360.63, 4, 19, 5, 5, 5, 20, NULL, NULL, NULL, NULL),
	(1207, 'fleet-000012', 'cus_b0f22bab6018', '2026-06-02', '2026-12-02 20:14:42.447198+00', 74, 'loyal', 157.26, 225.72, 4, 141, 2, 5, 4, 20, NULL, NULL, NULL, NULL),
	(1208, 'fleet-000012', 'cus_b707a15e1946', '2026-06-02', '2026-12-02 20:14:42.447198+00', 67, 'loyal', 156.18, 199.11, 2, 47, 4, 3, 3, 20, NULL, NULL, NULL, NULL),
	(1209, 'fleet-000012', 'cus_bce7f33989f6', '2026-06-02', '2026-12-02 20:14:42.447198+00', 93, 'champion', 356.63, 452.35, 4, 44, 4, 5, 5, 20, NULL, NULL, NULL, NULL),
	(1210, 'fleet-000012', 'cus_d68899347365', '2026-06-02', '2026-12-02 20:14:42.447198+00', 47, 'at_risk', 66.33, 83.48, 1, 89, 3, 2, 2, 20, NULL, NULL, NULL, NULL),
	(1211, 'fleet-000012', 'cus_f63b5bd40fa7', '2026-06-02', '2026-12-02 20:14:42.447198+00', 87, 'champion', 229.90, 289.61, 3, 40, 5, 4, 4, 20, NULL, NULL, NULL, NULL),
	(1212, 'fleet-000010', 'cus_03fcfe139fd0', '2026-06-02', '2026-12-02 20:14:42.461928+00', 75, 'loyal', 115.52, 144.04, 2, 34, 4, 4, 3, 21, NULL, NULL, NULL, NULL),
	(1213, 'fleet-000010', 'cus_1b5af938356e', '2026-06-02', '2026-12-02 20:14:42.461928+00', 75, 'loyal', 113.29, 142.72, 2, 40, 4, 4, 3, 21, NULL, NULL, NULL, NULL),
	(1214, 'fleet-000010', 'cus_2d78619dca40', '2026-06-02', '2026-12-02 20:14:42.461928+00', 100, 'champion', 400.76, 492.07, 6, 25, 5, 5, 5, 21, NULL, NULL, NULL, NULL),
	(1215, 'fleet-000010', 'cus_2e81fbd9b526', '2026-06-02', '2026-12-02 20:14:42.461928+00', 45, 'at_risk', 116.21, 148.20, 1, 96, 2, 2, 3, 21, NULL, NULL, NULL, NULL),
	(1216, 'fleet-000010', 'cus_3d2f13fd5353', '2026-06-02', '2026-12-02 20:14:42.461928+00', 71, 'loyal', 208.81, 300.57, 2, 118, 2, 4, 5, 21, NULL, NULL, NULL, NULL),
	(1217, 'fleet-000010', 'cus_3e90c8214c2b', '2026-06-02', '2026-12-02 20:14:42.461928+00', 73, 'loyal', 180.55, 234.55, 2, 58, 3, 4, 4, 21, NULL, NULL, NULL, NULL),
	(1218, 'fleet-000010', 'cus_58abdfbfa6eb', '2026-06-02', '2026-12-02 20:14:42.461928+00', 33, 'lost', 52.77, 92.95, 1, 236, 1, 2, 2, 21, NULL, NULL, NULL, NULL),
	(1219, 'fleet-000010', 'cus_5e121679be63', '2026-06-02', '2026-12-02 20:14:42.461928+00', 100, 'champion', 275.85, 332.39, 4, 14, 5, 5, 5, 21, NULL, NULL, NULL, NULL),
	(1220, 'fleet-000010', 'cus_7af46e2dc7f4', '2026-06-02', '2026-12-02 20:14:42.461928+00', 73, 'loyal', 169.53, 224.34, 3, 77, 3, 4, 4, 21, NULL, NULL, NULL, NULL),
	(1221, 'fleet-000010', 'cus_86105b97dba8', '2026-06-02', '2026-12-02 20:14:42.461928+00', 49, 'at_risk', 41.17, 77.06, 2, 297, 1, 4, 2, 21, NULL, NULL, NULL, NULL),
	(1222, 'fleet-000010', 'cus_8aeda42569a7', '2026-06-02', '2026-12-02 20:14:42.461928+00', 33, 'lost', 51.19, 86.98, 1, 215, 1, 2, 2, 21, NULL, NULL, NULL, NULL),
	(1223, 'fleet-000010', 'cus_9060da63f57e', '2026-06-02', '2026-12-02 20:14:42.461928+00', 66, 'loyal', 128.36, 137.59, 1, 4, 5, 2, 3, 21, NULL, NULL, NULL, NULL),
	(1224, 'fleet-000010', 'cus_9323478db63b', '2026-06-02', '2026-12-02 20:14:42.461928+00', 42, 'at_risk', 3.73, 4.85, 1, 59, 3, 2, 1, 21, NULL, NULL, NULL, NULL),
	(1225, 'fleet-000010', 'cus_97fa38e9418a', '2026-06-02', '2026-12-02 20:14:42.461928+00', 100, 'champion', 241.48, 294.48, 4, 21, 5, 5, 5, 21, NULL, NULL, NULL, NULL),
	(1226, 'fleet-000010', 'cus_9d0aaa521375', '2026-06-02', '2026-12-02 20:14:42.461928+00', 85, 'champion', 293.45, 367.78, 3, 37, 4, 4, 5, 21, NULL, NULL, NULL, NULL),
	(1227, 'fleet-000010', 'cus_9f28df5bbf40', '2026-06-02', '2026-12-02 20:14:42.461928+00', 74, 'loyal', 159.33, 225.85, 5, 109, 2, 5, 4, 21, NULL, NULL, NULL, NULL),
	(1228, 'fleet-000010', 'cus_a2dfa5f62c4e', '2026-06-02', '2026-12-02 20:14:42.461928+00', 49, 'at_risk', 67.85, 131.06, 2, 290, 1, 4, 2, 21, NULL, NULL, NULL, NULL),
	(1229, 'fleet-000010', 'cus_a38b560d0ced', '2026-06-02', '2026-12-02 20:14:42.461928+00', 65, 'loyal', 38.22, 47.57, 2, 33, 4, 4, 1, 21, NULL, NULL, NULL, NULL),
	(1230, 'fleet-000010', 'cus_a48e49fcb3d7', '2026-06-02', '2026-12-02 20:14:42.461928+00', 61, 'loyal', 88.89, 139.62, 3, 169, 2, 4, 3, 21, NULL, NULL, NULL, NULL),
	(1231, 'fleet-000010', 'cus_b4310c1bfb6f', '2026-06-02', '2026-12-02 20:14:42.461928+00', 56, 'at_risk', 25.55, 27.33, 1, 3, 5, 2, 1, 21, NULL, NULL, NULL, NULL),
	(1232, 'fleet-000010', 'cus_bbee2789599d', '2026-06-02', '2026-12-02 20:14:42.461928+00', 56, 'at_risk', 66.69, 92.17, 2, 118, 2, 4, 2, 21, NULL, NULL, NULL, NULL),
	(1233, 'fleet-000010', 'cus_bdbe175a3982', '2026-06-02', '2026-12-02 20:14:42.461928+00', 81, 'champion', 196.52, 252.26, 4, 51, 3, 5, 4, 21, NULL, NULL, NULL, NULL),
	(1234, 'fleet-000010', 'cus_c65d258d8e90', '2026-06-02', '2026-12-02 20:14:42.461928+00', 28, 'lost', 34.16, 58.14, 1, 216, 1, 2, 1, 21, NULL, NULL, NULL, NULL),
	(1235, 'fleet-000010', 'cus_d317fc9c391b', '2026-06-02', '2026-12-02 20:14:42.461928+00', 65, 'loyal', 24.07, 29.60, 2, 26, 4, 4, 1, 21, NULL, NULL, NULL, NULL),
	(1236, 'fleet-000010', 'cus_d9867c97cf48', '2026-06-02', '2026-12-02 20:14:42.461928+00', 73, 'loyal', 189.47, 251.67, 2, 71, 3, 4, 4, 21, NULL, NULL, NULL, NULL),
	(1237, 'fleet-000009', 'cus_0ec19c7e61a7', '2026-06-02', '2026-12-02 20:14:42.476988+00', 87, 'champion', 239.28, 295.82, 3, 29, 5, 4, 4, 22, NULL, NULL, NULL, NULL),
	(1238, 'fleet-000009', 'cus_1ba673985fd1', '2026-06-02', '2026-12-02 20:14:42.476988+00', 55, 'at_risk', 49.13, 67.99, 2, 95, 3, 3, 2, 22, NULL, NULL, NULL, NULL),
	(1239, 'fleet-000009', 'cus_1d31b952664c', '2026-06-02', '2026-12-02 20:14:42.476988+00', 77, 'loyal', 99.68, 120.52, 3, 16, 5, 4, 2, 22, NULL, NULL, NULL, NULL),
	(1240, 'fleet-000009', 'cus_1db7baf58f5a', '2026-06-02', '2026-12-02 20:14:42.476988+00', 44, 'at_risk', 15.89, 26.54, 3, 205, 1, 4, 1, 22, NULL, NULL, NULL, NULL),
	(1241, 'fleet-000009', 'cus_20a2c39e59a3', '2026-06-02', '2026-12-02 20:14:42.476988+00', 53, 'at_risk', 121.13, 201.29, 2, 202, 2, 3, 3, 22, NULL, NULL, NULL, NULL),
	(1242, 'fleet-000009', 'cus_20b5b510428f', '2026-06-02', '2026-12-02 20:14:42.476988+00', 100, 'champion', 307.67, 363.20, 4, 2, 5, 5, 5, 22, NULL, NULL, NULL, NULL),
	(1243, 'fleet-000009', 'cus_3aa2182d544e', '2026-06-02', '2026-12-02 20:14:42.476988+00', 43, 'at_risk', 13.23, 21.69, 2, 194, 2, 3, 1, 22, NULL, NULL, NULL, NULL),
	(1244, 'fleet-000009', 'cus_5b4f94c12e23', '2026-06-02', '2026-12-02 20:14:42.476988+00', 38, 'lost', 93.86, 178.49, 1, 307, 1, 2, 3, 22, NULL, NULL, NULL, NULL),
	(1245, 'fleet-000009', 'cus_5b686c19c1e6', '2026-06-02', '2026-12-02 20:14:42.476988+00', 33, 'lost', 70.33, 114.43, 1, 204, 1, 2, 2, 22, NULL, NULL, NULL, NULL),
	(1246, 'fleet-000009', 'cus_5c038552c734', '2026-06-02', '2026-12-02 20:14:42.476988+00', 71, 'loyal', 184.43, 302.32, 3, 194, 2, 4, 5, 22, NULL, NULL, NULL, NULL),
	(1247, 'fleet-000009', 'cus_5d5bcc436011', '2026-06-02', '2026-12-02 20:14:42.476988+00', 28, 'lost', 18.87, 31.46, 1, 204, 1, 2, 1, 22, NULL, NULL, NULL, NULL),
	(1248, 'fleet-000009', 'cus_5db227bad8bc', '2026-06-02', '2026-12-02 20:14:42.476988+00', 28, 'lost', 26.44, 48.10, 1, 255, 1, 2, 1, 22, NULL, NULL, NULL, NULL),
	(1249, 'fleet-000009', 'cus_66b13223ef5e', '2026-06-02', '2026-12-02 20:14:42.476988+00', 88, 'champion', 232.29, 282.70, 4, 39, 4, 5, 4, 22, NULL, NULL, NULL, NULL),
	(1250, 'fleet-000009', 'cus_6afdcbaa3dbb', '2026-06-02', '2026-12-02 20:14:42.476988+00', 67, 'loyal', 101.49, 121.98, 2, 61, 4, 3, 3, 22, NULL, NULL, NULL, NULL),
	(1251, 'fleet-000009', 'cus_748a90a87e48', '2026-06-02', '2026-12-02 20:14:42.476988+00', 73, 'loyal', 155.09, 224.78, 3, 122, 3, 4, 4, 22, NULL, NULL, NULL, NULL),
	(1252, 'fleet-000009', 'cus_75240d7b09c9', '2026-06-02', '2026-12-02 20:14:42.476988+00', 35, 'lost', 33.46, 48.35, 1, 162, 2, 2, 1, 22, NULL, NULL, NULL, NULL),
	(1253, 'fleet-000009', 'cus_7632b11c7d50', '2026-06-02', '2026-12-02 20:14:42.476988+00', 87, 'champion', 222.87, 275.06, 3, 28, 5, 4, 4, 22, NULL, NULL, NULL, NULL),
	(1254, 'fleet-000009', 'cus_903125a97ecb', '2026-06-02', '2026-12-02 20:14:42.476988+00', 53, 'at_risk', 103.75, 157.75, 2, 150, 2, 3, 3, 22, NULL, NULL, NULL, NULL),
	(1255, 'fleet-000009', 'cus_92854d768154', '2026-06-02', '2026-12-02 20:14:42.476988+00', 62, 'loyal', 92.49, 121.81, 2, 66, 4, 3, 2, 22, NULL, NULL, NULL, NULL),
	(1256, 'fleet-000009', 'cus_a4e3cd8f1f8e', '2026-06-02', '2026-12-02 20:14:42.476988+00', 81, 'champion', 189.88, 257.01, 4, 82, 3, 5, 4, 22, NULL, NULL, NULL, NULL),
	(1257, 'fleet-000009', 'cus_c3847ef4e959', '2026-06-02', '2026-12-02 20:14:42.476988+00', 93, 'champion', 318.42, 406.65, 4, 48, 4, 5, 5, 22, NULL, NULL, NULL, NULL),
	(1258, 'fleet-000009', 'cus_c70dfe8a104e', '2026-06-02', '2026-12-02 20:14:42.476988+00', 52, 'at_risk', 116.34, 159.12, 1, 133, 3, 2, 3, 22, NULL, NULL, NULL, NULL),
	(1259, 'fleet-000009', 'cus_e12650d90a19', '2026-06-02', '2026-12-02 20:14:42.476988+00', 86, 'champion', 250.25, 348.11, 5, 98, 3, 5, 5, 22, NULL, NULL, NULL, NULL),
	(1260, 'fleet-000009', 'cus_e8c8e5072687', '2026-06-02', '2026-12-02 20:14:42.476988+00', 93, 'champion', 347.98, 433.89, 5, 34, 4, 5, 5, 22, NULL, NULL, NULL, NULL),
	(1261, 'fleet-000009', 'cus_efda421d83f5', '2026-06-02', '2026-12-02 20:14:42.476988+00', 61, 'loyal', 42.88, 51.32, 1, 10, 5, 2, 2, 22, NULL, NULL, NULL, NULL),
	(1262, 'fleet-000005', 'cus_088194297f98', '2026-06-02', '2026-12-02 20:14:42.491116+00', 72, 'loyal', 175.22, 215.49, 2, 72, 4, 3, 4, 23, NULL, NULL, NULL, NULL),
	(1263, 'fleet-000005', 'cus_0b209159e72e', '2026-06-02', '2026-12-02 20:14:42.491116+00', 74, 'loyal', 144.92, 233.52, 3, 184, 2, 5, 4, 23, NULL, NULL, NULL, NULL),
	(1264, 'fleet-000005', 'cus_14ed3e6020c8', '2026-06-02', '2026-12-02 20:14:42.491116+00', 35, 'lost', 26.74, 44.14, 1, 198, 2, 2, 1, 23, NULL, NULL, NULL, NULL),
	(1265, 'fleet-000005', 'cus_20b25ab9b897', '2026-06-02', '2026-12-02 20:14:42.491116+00', 33, 'lost', 73.04, 136.44, 1, 272, 1, 2, 2, 23, NULL, NULL, NULL, NULL),
	(1266, 'fleet-000005', 'cus_3fe311693ab3', '2026-06-02', '2026-12-02 20:14:42.491116+00', 50, 'at_risk', 20.28, 29.19, 2, 118, 3, 3, 1, 23, NULL, NULL, NULL, NULL),
	(1267, 'fleet-000005', 'cus_481a8516ff50', '2026-06-02', '2026-12-02 20:14:42.491116+00', 81, 'champion', 144.31, 204.81, 3, 129, 3, 5, 4, 23, NULL, NULL, NULL, NULL),
	(1268, 'fleet-000005', 'cus_50eaa8e0f0e1', '2026-06-02', '2026-12-02 20:14:42.491116+00', 69, 'loyal', 93.82, 111.90, 2, 8, 5, 3, 2, 23, NULL, NULL, NULL, NULL),
	(1269, 'fleet-000005', 'cus_5439f3cf0dd8', '2026-06-02', '2026-12-02 20:14:42.491116+00', 50, 'at_risk', 113.72, 187.37, 1, 197, 2, 2, 4, 23, NULL, NULL, NULL, NULL),
	(1270, 'fleet-000005', 'cus_577d9eb7761e', '2026-06-02', '2026-12-02 20:14:42.491116+00', 100, 'champion', 318.57, 402.00, 4, 41, 5, 5, 5, 23, NULL, NULL, NULL, NULL),
	(1271, 'fleet-000005', 'cus_58b4735d947f', '2026-06-02', '2026-12-02 20:14:42.491116+00', 38, 'lost', 77.62, 145.39, 1, 272, 1, 2, 3, 23, NULL, NULL, NULL, NULL),
	(1272, 'fleet-000005', 'cus_5bef19d087c6', '2026-06-02', '2026-12-02 20:14:42.491116+00', 67, 'loyal', 126.85, 158.72, 2, 44, 4, 3, 3, 23, NULL, NULL, NULL, NULL),
	(1273, 'fleet-000005', 'cus_610563ac1f41', '2026-06-02', '2026-12-02 20:14:42.491116+00', 60, 'at_risk', 96.74, 144.59, 2, 140, 3, 3, 3, 23, NULL, NULL, NULL, NULL),
	(1274, 'fleet-000005', 'cus_655a61e2f13c', '2026-06-02', '2026-12-02 20:14:42.491116+00', 85, 'champion', 63.95, 77.32, 3, 16, 5, 5, 2, 23, NULL, NULL, NULL, NULL),
	(1275, 'fleet-000005', 'cus_68db7fd224ad', '2026-06-02', '2026-12-02 20:14:42.491116+00', 28, 'lost', 9.94, 17.20, 1, 257, 1, 2, 1, 23, NULL, NULL, NULL, NULL),
	(1276, 'fleet-000005', 'cus_6f853ffb784d', '2026-06-02', '2026-12-02 20:14:42.491116+00', 100, 'champion', 260.53, 326.52, 3, 37, 5, 5, 5, 23, NULL, NULL, NULL, NULL),
	(1277, 'fleet-000005', 'cus_70604aef0626', '2026-06-02', '2026-12-02 20:14:42.491116+00', 71, 'loyal', 68.69, 99.90, 3, 124, 3, 5, 2, 23, NULL, NULL, NULL, NULL),
	(1278, 'fleet-000005', 'cus_94195779081e', '2026-06-02', '2026-12-02 20:14:42.491116+00', 83, 'champion', 112.04, 143.33, 3, 49, 4, 5, 3, 23, NULL, NULL, NULL, NULL),
	(1279, 'fleet-000005', 'cus_9fa8ceae5ce6', '2026-06-02', '2026-12-02 20:14:42.491116+00', 100, 'champion', 294.92, 347.54, 5, 2, 5, 5, 5, 23, NULL, NULL, NULL, NULL),
	(1280, 'fleet-000005', 'cus_9ff0b2c943a9', '2026-06-02', '2026-12-02 20:14:42.491116+00', 93, 'champion', 247.40, 332.58, 5, 78, 4, 5, 5, 23, NULL, NULL, NULL, NULL),
	(1281, 'fleet-000005', 'cus_bbdf4d7f3823', '2026-06-02', '2026-12-02 20:14:42.491116+00', 52, 'at_risk', 96.34, 149.52, 1, 162, 3, 2, 3, 23, NULL, NULL, NULL, NULL),
	(1282, 'fleet-000005', 'cus_cddf232c88a3', '2026-06-02', '2026-12-02 20:14:42.491116+00', 90, 'champion', 128.11, 160.29, 3, 36, 5, 5, 3, 23, NULL, NULL, NULL, NULL),
	(1283, 'fleet-000005', 'cus_da46ecf16f5e', '2026-06-02', '2026-12-02 20:14:42.491116+00', 28, 'lost', 3.87, 7.61, 1, 301, 1, 2, 1, 23, NULL, NULL, NULL, NULL),
	(1284, 'fleet-000005', 'cus_dc676a140511', '2026-06-02', '2026-12-02 20:14:42.491116+00', 47, 'at_risk', 35.18, 47.70, 1, 83, 3, 2, 2, 23, NULL, NULL, NULL, NULL),
	(1285, 'fleet-000005', 'cus_e09714dcce2a', '2026-06-02', '2026-12-02 20:14:42.491116+00', 79, 'loyal', 146.63, 234.27, 3, 179, 2, 5, 5, 23, NULL, NULL, NULL, NULL),
	(1286, 'fleet-000005', 'cus_eb9930082e89', '2026-06-02', '2026-12-02 20:14:42.491116+00', 49, 'at_risk', 15.08, 19.90, 1, 67, 4, 2, 1, 23, NULL, NULL, NULL, NULL),
	(1287, 'fleet-000005', 'cus_ed946fdeb53f', '2026-06-02', '2026-12-02 20:14:42.491116+00', 67, 'loyal', 111.19, 207.91, 3, 271, 1, 5, 4, 23, NULL, NULL, NULL, NULL),
	(1288, 'fleet-000005', 'cus_fb472fce3505', '2026-06-02', '2026-12-02 20:14:42.491116+00', 79, 'loyal', 133.35, 241.38, 3, 252, 2, 5, 5, 23, NULL, NULL, NULL, NULL),
	(1289, 'fleet-000006', 'cus_233d98b895f2', '2026-06-02', '2026-12-02 20:14:42.505812+00', 46, 'at_risk', 52.91, 98.76, 2, 270, 1, 3, 3, 24, NULL, NULL, NULL, NULL),
	(1290, 'fleet-000006', 'cus_2e9ade831fb0', '2026-06-02', '2026-12-02 20:14:42.505812+00', 35, 'lost', 5.50, 8.78, 1, 190, 2, 2, 1, 24, NULL, NULL, NULL, NULL),
	(1291, 'fleet-000006', 'cus_3611cd349c12', '2026-06-02', '2026-12-02 20:14:42.505812+00', 76, 'loyal', 46.60, 72.69, 3, 165, 3, 5, 3, 24, NULL, NULL, NULL, NULL),
	(1292, 'fleet-000006', 'cus_36b00917068f', '2026-06-02', '2026-12-02 20:14:42.505812+00', 43, 'at_risk', 61.64, 133.28, 1, 356, 1, 2, 4, 24, NULL, NULL, NULL, NULL),
	(1293, 'fleet-000006', 'cus_3bd27e892002', '2026-06-02', '2026-12-02 20:14:42.505812+00', 48, 'at_risk', 29.33, 44.03, 2, 181, 2, 3, 2, 24, NULL, NULL, NULL, NULL),
	(1294, 'fleet-000006', 'cus_42da664fb620', '2026-06-02', '2026-12-02 20:14:42.505812+00', 100, 'champion', 243.17, 304.24, 3, 36, 5, 5, 5, 24, NULL, NULL, NULL, NULL),
	(1295, 'fleet-000006', 'cus_49805866fb4f', '2026-06-02', '2026-12-02 20:14:42.505812+00', 49, 'at_risk', 4.89, 6.58, 1, 90, 4, 2, 1, 24, NULL, NULL, NULL, NULL),
	(1296, 'fleet-000006', 'cus_5649b0b54c22', '2026-06-02', '2026-12-02 20:14:42.505812+00', 88, 'champion', 111.93, 149.96, 3, 76, 4, 5, 4, 24, NULL, NULL, NULL, NULL),
	(1297, 'fleet-000006', 'cus_596b85a081ad', '2026-06-02', '2026-12-02 20:14:42.505812+00', 40, 'lost', 35.35, 57.85, 1, 193, 2, 2, 2, 24, NULL, NULL, NULL, NULL),
	(1298, 'fleet-000006', 'cus_5bdc7903eba7', '2026-06-02', '2026-12-02 20:14:42.505812+00', 85, 'champion', 34.26, 44.35, 3, 56, 5, 5, 2, 24, NULL, NULL, NULL, NULL),
	(1299, 'fleet-000006', 'cus_5fceed71b0e1', '2026-06-02', '2026-12-02 20:14:42.505812+00', 100, 'champion', 169.52, 205.48, 3, 25, 5, 5, 5, 24, NULL, NULL, NULL, NULL),
	(1300, 'fleet-000006', 'cus_79c3a56a9678', '2026-06-02', '2026-12-02 20:14:42.505812+00', 93, 'champion', 188.37, 251.50, 4, 74, 4, 5, 5, 24, NULL, NULL, NULL, NULL),
	(1301, 'fleet-000006', 'cus_7bdfa3a19c47', '2026-06-02', '2026-12-02 20:14:42.505812+00', 77, 'loyal', 139.14, 183.27, 2, 79, 4, 3, 5, 24, NULL, NULL, NULL, NULL),
	(1302, 'fleet-000006', 'cus_84b89a7148a6', '2026-06-02', '2026-12-02 20:14:42.505812+00', 45, 'at_risk', 40.24, 62.98, 1, 167, 2, 2, 3, 24, NULL, NULL, NULL, NULL),
	(1303, 'fleet-000006', 'cus_b1ef43d61623', '2026-06-02', '2026-12-02 20:14:42.505812+00', 81, 'champion', 78.45, 108.98, 3, 129, 3, 5, 4, 24, NULL, NULL, NULL, NULL),
	(1304, 'fleet-000006', 'cus_b276920a4e58', '2026-06-02', '2026-12-02 20:14:42.505812+00', 28, 'lost', 10.59, 17.94, 1, 213, 1, 2, 1, 24, NULL, NULL, NULL, NULL),
	(1305, 'fleet-000006', 'cus_b8fef693666b', '2026-06-02', '2026-12-02 20:14:42.505812+00', 28, 'lost', 0.00, 0.00, 1, 221, 1, 2, 1, 24, NULL, NULL, NULL, NULL),
	(1306, 'fleet-000006', 'cus_c466b3d24c4e', '2026-06-02', '2026-12-02 20:14:42.505812+00', 55, 'at_risk', 32.48, 50.49, 2, 163, 3, 3, 2, 24, NULL, NULL, NULL, NULL),
	(1307, 'fleet-000006', 'cus_c6a225375476', '2026-06-02', '2026-12-02 20:14:42.505812+00', 100, 'champion', 196.73, 243.21, 3, 29, 5, 5, 5, 24, NULL, NULL, NULL, NULL),
	(1308, 'fleet-000006', 'cus_d06a70b4e1bb', '2026-06-02', '2026-12-02 20:14:42.505812+00', 65, 'loyal', 130.11, 179.14, 2, 92, 3, 3, 4, 24, NULL, NULL, NULL, NULL),
	(1309, 'fleet-000006', 'cus_e584ffb2d1f9', '2026-06-02', '2026-12-02 20:14:42.505812+00', 90, 'champion', 53.78, 69.51, 3, 55, 5, 5, 3, 24, NULL, NULL, NULL, NULL);


--
-- Data for Name: fx_rates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.fx_rates VALUES
	('USD', 1.000000),
	('EUR', 0.920000),
	('GBP', 1.180000);


--
-- Data for Name: rfm_runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rfm_runs VALUES
	(1, 'Café Ünïcode', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.113765+00', '2026-12-02 20:14:42.12659+00', 'vm', 28016, 140, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 4, "loyal": 8, "at_risk": 5, "champion": 9}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(2, 'fleet-000001', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.13062+00', '2026-12-02 20:14:42.139727+00', 'vm', 28016, 155, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 3, "at_risk": 7, "champion": 12}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(3, 'fleet-000002', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.14352+00', '2026-12-02 20:14:42.15184+00', 'vm', 28016, 138, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 3, "loyal": 11, "at_risk": 7, "champion": 6}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(4, 'fleet-000004', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.155904+00', '2026-12-02 20:14:42.164359+00', 'vm', 28016, 143, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 4, "at_risk": 7, "champion": 10}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(5, 'fleet-000005', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.16828+00', '2026-12-02 20:14:42.176289+00', 'vm', 28016, 123, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 8, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(6, 'fleet-000006', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.179943+00', '2026-12-02 20:14:42.187384+00', 'vm', 28016, 114, 0, '{}', 0, 0, '{}', 21, '{"new": 0, "lost": 4, "loyal": 3, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(7, 'fleet-000007', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.191046+00', '2026-12-02 20:14:42.199277+00', 'vm', 28016, 145, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 6, "loyal": 8, "at_risk": 3, "champion": 10}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(8, 'fleet-000008', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.202965+00', '2026-12-02 20:14:42.211365+00', 'vm', 28016, 139, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 9, "at_risk": 6, "champion": 7}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(9, 'fleet-000009', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.215328+00', '2026-12-02 20:14:42.223393+00', 'vm', 28016, 126, 0, '{}', 0, 0, '{}', 25, '{"new": 0, "lost": 5, "loyal": 6, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(10, 'fleet-000010', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.227131+00', '2026-12-02 20:14:42.235928+00', 'vm', 28016, 127, 0, '{}', 0, 0, '{}', 25, '{"new": 0, "lost": 3, "loyal": 11, "at_risk": 6, "champion": 5}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(11, 'fleet-000011', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.243583+00', '2026-12-02 20:14:42.253641+00', 'vm', 28016, 141, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 7, "at_risk": 5, "champion": 9}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(12, 'fleet-000012', '2026-06-01', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.258853+00', '2026-12-02 20:14:42.270052+00', 'vm', 28016, 136, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 7, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(13, 'fleet-000001', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.343308+00', '2026-12-02 20:14:42.359054+00', 'vm', 28023, 155, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 3, "at_risk": 7, "champion": 12}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(14, 'fleet-000007', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.362945+00', '2026-12-02 20:14:42.374151+00', 'vm', 28023, 145, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 6, "loyal": 8, "at_risk": 3, "champion": 10}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(15, 'fleet-000004', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.37754+00', '2026-12-02 20:14:42.387335+00', 'vm', 28023, 143, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 4, "at_risk": 7, "champion": 10}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(16, 'fleet-000011', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.390586+00', '2026-12-02 20:14:42.400908+00', 'vm', 28023, 141, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 7, "at_risk": 5, "champion": 9}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(17, 'Café Ünïcode', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.40413+00', '2026-12-02 20:14:42.414145+00', 'vm', 28023, 140, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 4, "loyal": 8, "at_risk": 5, "champion": 9}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(18, 'fleet-000008', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.417308+00', '2026-12-02 20:14:42.427279+00', 'vm', 28023, 139, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 9, "at_risk": 6, "champion": 7}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(19, 'fleet-000002', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.430902+00', '2026-12-02 20:14:42.442571+00', 'vm', 28023, 138, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 4, "loyal": 11, "at_risk": 6, "champion": 5}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(20, 'fleet-000012', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.446135+00', '2026-12-02 20:14:42.457239+00', 'vm', 28023, 136, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 7, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(21, 'fleet-000010', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.460847+00', '2026-12-02 20:14:42.472227+00', 'vm', 28023, 127, 0, '{}', 0, 0, '{}', 25, '{"new": 0, "lost": 3, "loyal": 11, "at_risk": 6, "champion": 5}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(22, 'fleet-000009', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.475941+00', '2026-12-02 20:14:42.486236+00', 'vm', 28023, 126, 0, '{}', 0, 0, '{}', 25, '{"new": 0, "lost": 5, "loyal": 6, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(23, 'fleet-000005', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.489995+00', '2026-12-02 20:14:42.501017+00', 'vm', 28023, 123, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 8, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(24, 'fleet-000006', '2026-06-02', 'run', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.504759+00', '2026-12-02 20:14:42.515297+00', 'vm', 28023, 114, 0, '{}', 0, 0, '{}', 21, '{"new": 0, "lost": 4, "loyal": 3, "at_risk": 6, "champion": 8}', true, true, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(28, 'fleet-000007', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.603068+00', '2026-12-02 20:14:42.604584+00', 'vm', 28030, 145, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 6, "loyal": 8, "at_risk": 3, "champion": 10}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(25, 'fleet-000001', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.584635+00', '2026-12-02 20:14:42.587429+00', 'vm', 28030, 154, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 4, "at_risk": 7, "champion": 11}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(26, 'fleet-000001', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.588852+00', '2026-12-02 20:14:42.591597+00', 'vm', 28030, 154, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 4, "at_risk": 7, "champion": 11}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(27, 'fleet-000007', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.60032+00', '2026-12-02 20:14:42.601936+00', 'vm', 28030, 145, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 6, "loyal": 8, "at_risk": 3, "champion": 10}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(29, 'fleet-000004', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.612613+00', '2026-12-02 20:14:42.61428+00', 'vm', 28030, 143, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 4, "at_risk": 7, "champion": 10}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(30, 'fleet-000004', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.61556+00', '2026-12-02 20:14:42.617595+00', 'vm', 28030, 143, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 5, "loyal": 4, "at_risk": 7, "champion": 10}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(31, 'fleet-000011', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.625752+00', '2026-12-02 20:14:42.627444+00', 'vm', 28030, 141, 0, '{}', 0, 0, '{}', 26, '{"new": 2, "lost": 2, "loyal": 7, "at_risk": 6, "champion": 9}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(32, 'fleet-000011', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.628674+00', '2026-12-02 20:14:42.630705+00', 'vm', 28030, 141, 0, '{}', 0, 0, '{}', 26, '{"new": 2, "lost": 2, "loyal": 7, "at_risk": 6, "champion": 9}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(33, 'Café Ünïcode', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.638824+00', '2026-12-02 20:14:42.6405+00', 'vm', 28030, 139, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 3, "loyal": 9, "at_risk": 6, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(37, 'fleet-000002', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.665129+00', '2026-12-02 20:14:42.667022+00', 'vm', 28030, 138, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 3, "loyal": 11, "at_risk": 7, "champion": 6}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(34, 'Café Ünïcode', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.64165+00', '2026-12-02 20:14:42.643814+00', 'vm', 28030, 139, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 3, "loyal": 9, "at_risk": 6, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(35, 'fleet-000008', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.651976+00', '2026-12-02 20:14:42.653638+00', 'vm', 28030, 139, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 9, "at_risk": 6, "champion": 7}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(36, 'fleet-000008', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.654818+00', '2026-12-02 20:14:42.656828+00', 'vm', 28030, 139, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 5, "loyal": 9, "at_risk": 6, "champion": 7}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(38, 'fleet-000002', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.668203+00', '2026-12-02 20:14:42.670289+00', 'vm', 28030, 138, 0, '{}', 0, 0, '{}', 27, '{"new": 0, "lost": 3, "loyal": 11, "at_risk": 7, "champion": 6}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(39, 'fleet-000012', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.678535+00', '2026-12-02 20:14:42.680179+00', 'vm', 28030, 135, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 6, "loyal": 7, "at_risk": 5, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(40, 'fleet-000012', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.681297+00', '2026-12-02 20:14:42.683517+00', 'vm', 28030, 135, 0, '{}', 0, 0, '{}', 26, '{"new": 0, "lost": 6, "loyal": 7, "at_risk": 5, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(41, 'fleet-000010', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.69151+00', '2026-12-02 20:14:42.693083+00', 'vm', 28030, 126, 0, '{}', 0, 0, '{}', 23, '{"new": 0, "lost": 3, "loyal": 10, "at_risk": 5, "champion": 5}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(42, 'fleet-000010', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.694389+00', '2026-12-02 20:14:42.696912+00', 'vm', 28030, 126, 0, '{}', 0, 0, '{}', 24, '{"new": 0, "lost": 3, "loyal": 11, "at_risk": 5, "champion": 5}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(46, 'fleet-000005', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.720627+00', '2026-12-02 20:14:42.722731+00', 'vm', 28030, 122, 0, '{}', 0, 0, '{}', 28, '{"new": 0, "lost": 6, "loyal": 9, "at_risk": 5, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(43, 'fleet-000009', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.704911+00', '2026-12-02 20:14:42.706412+00', 'vm', 28030, 125, 0, '{}', 0, 0, '{}', 25, '{"new": 0, "lost": 5, "loyal": 7, "at_risk": 6, "champion": 7}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(44, 'fleet-000009', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.707691+00', '2026-12-02 20:14:42.709838+00', 'vm', 28030, 125, 0, '{}', 0, 0, '{}', 25, '{"new": 0, "lost": 5, "loyal": 7, "at_risk": 6, "champion": 7}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(45, 'fleet-000005', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.717812+00', '2026-12-02 20:14:42.71956+00', 'vm', 28030, 122, 0, '{}', 0, 0, '{}', 28, '{"new": 0, "lost": 6, "loyal": 9, "at_risk": 5, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(47, 'fleet-000006', '2026-05-29', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.730703+00', '2026-12-02 20:14:42.73238+00', 'vm', 28030, 114, 0, '{}', 0, 0, '{}', 21, '{"new": 0, "lost": 4, "loyal": 3, "at_risk": 6, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL),
	(48, 'fleet-000006', '2026-05-30', 'backfill', 'purchase_events', '{"scheme": "tracklayer", "source": "purchase_events", "weights": {"recency": "0.35", "monetary": "0.25", "frequency": "0.4"}, "fx_rates": {"EUR": "0.920000", "GBP": "1.180000", "USD": "1.000000"}, "window_days": 365, "fx_overrides": {}, "horizon_days": 365, "refund_kinds": ["refund"], "scheme_rules": {"rules": [{"score": "81-100", "recency": "1-5", "segment": "champion", "monetary": "1-5", "frequency": "1-5"}, {"score": "61-80", "recency": "1-5", "segment": "loyal", "monetary": "1-5", "frequency": "1-5"}, {"score": "41-60", "recency": "1-5", "segment": "at_risk", "monetary": "1-5", "frequency": "1-5"}, {"score": "21-40", "recency": "1-5", "segment": "lost", "monetary": "1-5", "frequency": "1-5"}, {"score": "0-20", "recency": "1-5", "segment": "new", "monetary": "1-5", "frequency": "1-5"}], "fallback": null, "at_risk_segment": "at_risk", "champion_segment": "champion"}, "purchase_kinds": ["purchase"], "exclusion_table": null, "exclude_user_keys": []}', 'succeeded', '2026-12-02 20:14:42.733362+00', '2026-12-02 20:14:42.735496+00', 'vm', 28030, 114, 0, '{}', 0, 0, '{}', 21, '{"new": 0, "lost": 4, "loyal": 3, "at_risk": 6, "champion": 8}', true, false, NULL, NULL, 0, '94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be', 0, 0, NULL);


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES
	('001_initial', '2026-12-02 20:14:41.950489+00'),
	('002_rows_after_cutoff', '2026-12-02 20:14:41.957873+00'),
	('003_history_date_index', '2026-12-02 20:14:41.958398+00'),
	('010_segment_transitions', '2026-12-02 20:14:41.958937+00'),
	('020_run_settings_hash', '2026-12-02 20:14:41.960358+00'),
	('030_clv_model', '2026-12-02 20:14:41.961212+00'),
	('040_fresh_storage_per_run', '2026-12-02 20:14:41.961863+00'),
	('050_history_day_index', '2026-12-02 20:14:41.964419+00');


--
-- Data for Name: segment_transitions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.segment_transitions VALUES
	('fleet-000002', '2026-06-02', 'cus_3a0dee9db828', 'loyal', 'at_risk', '2026-06-01', 19, '2026-12-02 20:14:42.431919+00'),
	('fleet-000002', '2026-06-02', 'cus_683daa25ce7d', 'champion', 'loyal', '2026-06-01', 19, '2026-12-02 20:14:42.431919+00'),
	('fleet-000002', '2026-06-02', 'cus_6af2d30e671e', 'at_risk', NULL, '2026-06-01', 19, '2026-12-02 20:14:42.431919+00'),
	('fleet-000002', '2026-06-02', 'cus_e71d90a22a51', 'at_risk', 'lost', '2026-06-01', 19, '2026-12-02 20:14:42.431919+00'),
	('fleet-000001', '2026-06-01', 'cus_ec9bf698f00b', 'loyal', 'champion', '2026-05-30', 26, '2026-12-02 20:14:42.589109+00'),
	('fleet-000011', '2026-06-01', 'cus_3f18e8b37750', 'new', 'lost', '2026-05-30', 32, '2026-12-02 20:14:42.62897+00'),
	('fleet-000011', '2026-06-01', 'cus_60c30cc2e08d', 'new', 'lost', '2026-05-30', 32, '2026-12-02 20:14:42.62897+00'),
	('fleet-000011', '2026-06-01', 'cus_d9172b86de72', 'at_risk', 'lost', '2026-05-30', 32, '2026-12-02 20:14:42.62897+00'),
	('Café Ünïcode', '2026-06-01', 'cus_32421d7d151e', 'loyal', 'at_risk', '2026-05-30', 34, '2026-12-02 20:14:42.641904+00'),
	('Café Ünïcode', '2026-06-01', 'cus_786630c0dba5', 'at_risk', 'lost', '2026-05-30', 34, '2026-12-02 20:14:42.641904+00'),
	('Café Ünïcode', '2026-06-01', 'cus_c452353e338a', 'lost', 'champion', '2026-05-30', 34, '2026-12-02 20:14:42.641904+00'),
	('Café Ünïcode', '2026-06-01', 'cus_c9788b6cd254', 'at_risk', 'lost', '2026-05-30', 34, '2026-12-02 20:14:42.641904+00'),
	('fleet-000012', '2026-06-01', 'cus_0884da313124', 'lost', 'loyal', '2026-05-30', 40, '2026-12-02 20:14:42.68155+00'),
	('fleet-000012', '2026-06-01', 'cus_3336a6c05e0a', 'loyal', 'at_risk', '2026-05-30', 40, '2026-12-02 20:14:42.68155+00'),
	('fleet-000010', '2026-05-30', 'cus_9060da63f57e', NULL, 'loyal', '2026-05-29', 42, '2026-12-02 20:14:42.694634+00'),
	('fleet-000010', '2026-06-01', 'cus_b4310c1bfb6f', NULL, 'at_risk', '2026-05-30', 42, '2026-12-02 20:14:42.694634+00'),
	('fleet-000009', '2026-06-01', 'cus_20b5b510428f', 'loyal', 'champion', '2026-05-30', 44, '2026-12-02 20:14:42.707926+00'),
	('fleet-000005', '2026-06-01', 'cus_3fe311693ab3', 'champion', 'at_risk', '2026-05-30', 46, '2026-12-02 20:14:42.720857+00'),
	('fleet-000005', '2026-06-01', 'cus_94195779081e', 'loyal', 'champion', '2026-05-30', 46, '2026-12-02 20:14:42.720857+00'),
	('fleet-000005', '2026-06-01', 'cus_bc5067ce9b8c', 'lost', NULL, '2026-05-30', 46, '2026-12-02 20:14:42.720857+00');


--
-- Name: customer_ltv_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.customer_ltv_history_id_seq', 3000, true);


--
-- Name: rfm_runs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.rfm_runs_id_seq', 48, true);


--
-- Name: customer_ltv customer_ltv_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv
    ADD CONSTRAINT customer_ltv_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_caf_n_code_b6b8a7c39884 customer_ltv_caf_n_code_b6b8a7c39884_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_caf_n_code_b6b8a7c39884
    ADD CONSTRAINT customer_ltv_caf_n_code_b6b8a7c39884_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000001_d85dc2807531 customer_ltv_fleet_000001_d85dc2807531_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000001_d85dc2807531
    ADD CONSTRAINT customer_ltv_fleet_000001_d85dc2807531_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000002_a4cac62859ae customer_ltv_fleet_000002_a4cac62859ae_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000002_a4cac62859ae
    ADD CONSTRAINT customer_ltv_fleet_000002_a4cac62859ae_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000004_38c162c5d749 customer_ltv_fleet_000004_38c162c5d749_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000004_38c162c5d749
    ADD CONSTRAINT customer_ltv_fleet_000004_38c162c5d749_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000005_6a324774143e customer_ltv_fleet_000005_6a324774143e_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000005_6a324774143e
    ADD CONSTRAINT customer_ltv_fleet_000005_6a324774143e_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000006_200cdf516954 customer_ltv_fleet_000006_200cdf516954_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000006_200cdf516954
    ADD CONSTRAINT customer_ltv_fleet_000006_200cdf516954_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000007_6affc0981771 customer_ltv_fleet_000007_6affc0981771_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000007_6affc0981771
    ADD CONSTRAINT customer_ltv_fleet_000007_6affc0981771_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000008_6042abc9709f customer_ltv_fleet_000008_6042abc9709f_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000008_6042abc9709f
    ADD CONSTRAINT customer_ltv_fleet_000008_6042abc9709f_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000009_8ad7255378c8 customer_ltv_fleet_000009_8ad7255378c8_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000009_8ad7255378c8
    ADD CONSTRAINT customer_ltv_fleet_000009_8ad7255378c8_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000010_38cf418ec6ff customer_ltv_fleet_000010_38cf418ec6ff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000010_38cf418ec6ff
    ADD CONSTRAINT customer_ltv_fleet_000010_38cf418ec6ff_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000011_2d773b7f7a02 customer_ltv_fleet_000011_2d773b7f7a02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000011_2d773b7f7a02
    ADD CONSTRAINT customer_ltv_fleet_000011_2d773b7f7a02_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_fleet_000012_04a5e028c8cf customer_ltv_fleet_000012_04a5e028c8cf_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_fleet_000012_04a5e028c8cf
    ADD CONSTRAINT customer_ltv_fleet_000012_04a5e028c8cf_pkey PRIMARY KEY (merchant_id, user_key);


--
-- Name: customer_ltv_history customer_ltv_history_merchant_id_user_key_snapshot_date_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history
    ADD CONSTRAINT customer_ltv_history_merchant_id_user_key_snapshot_date_key UNIQUE (merchant_id, user_key, snapshot_date);


--
-- Name: customer_ltv_history_2026_05_30 customer_ltv_history_2026_05__merchant_id_user_key_snapsho_key1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history_2026_05_30
    ADD CONSTRAINT customer_ltv_history_2026_05__merchant_id_user_key_snapsho_key1 UNIQUE (merchant_id, user_key, snapshot_date);


--
-- Name: customer_ltv_history_2026_05_29 customer_ltv_history_2026_05__merchant_id_user_key_snapshot_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history_2026_05_29
    ADD CONSTRAINT customer_ltv_history_2026_05__merchant_id_user_key_snapshot_key UNIQUE (merchant_id, user_key, snapshot_date);


--
-- Name: customer_ltv_history_2026_06_02 customer_ltv_history_2026_06__merchant_id_user_key_snapsho_key1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history_2026_06_02
    ADD CONSTRAINT customer_ltv_history_2026_06__merchant_id_user_key_snapsho_key1 UNIQUE (merchant_id, user_key, snapshot_date);


--
-- Name: customer_ltv_history_2026_06_01 customer_ltv_history_2026_06__merchant_id_user_key_snapshot_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_ltv_history_2026_06_01
    ADD CONSTRAINT customer_ltv_history_2026_06__merchant_id_user_key_snapshot_key UNIQUE (merchant_id, user_key, snapshot_date);


--
-- Name: fx_rates fx_rates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fx_rates
    ADD CONSTRAINT fx_rates_pkey PRIMARY KEY (currency);


--
-- Name: rfm_runs rfm_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rfm_runs
    ADD CONSTRAINT rfm_runs_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: segment_transitions segment_transitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.segment_transitions
    ADD CONSTRAINT segment_transitions_pkey PRIMARY KEY (merchant_id, as_of, user_key);


--
-- Name: customer_ltv_segment; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_segment ON ONLY public.customer_ltv USING btree (merchant_id, segment);


--
-- Name: customer_ltv_caf_n_code_b6b8a7c39884_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_caf_n_code_b6b8a7c39884_merchant_id_segment_idx ON public.customer_ltv_caf_n_code_b6b8a7c39884 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000001_d85dc2807531_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000001_d85dc2807531_merchant_id_segment_idx ON public.customer_ltv_fleet_000001_d85dc2807531 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000002_a4cac62859ae_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000002_a4cac62859ae_merchant_id_segment_idx ON public.customer_ltv_fleet_000002_a4cac62859ae USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000004_38c162c5d749_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000004_38c162c5d749_merchant_id_segment_idx ON public.customer_ltv_fleet_000004_38c162c5d749 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000005_6a324774143e_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000005_6a324774143e_merchant_id_segment_idx ON public.customer_ltv_fleet_000005_6a324774143e USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000006_200cdf516954_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000006_200cdf516954_merchant_id_segment_idx ON public.customer_ltv_fleet_000006_200cdf516954 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000007_6affc0981771_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000007_6affc0981771_merchant_id_segment_idx ON public.customer_ltv_fleet_000007_6affc0981771 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000008_6042abc9709f_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000008_6042abc9709f_merchant_id_segment_idx ON public.customer_ltv_fleet_000008_6042abc9709f USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000009_8ad7255378c8_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000009_8ad7255378c8_merchant_id_segment_idx ON public.customer_ltv_fleet_000009_8ad7255378c8 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000010_38cf418ec6ff_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000010_38cf418ec6ff_merchant_id_segment_idx ON public.customer_ltv_fleet_000010_38cf418ec6ff USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000011_2d773b7f7a02_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000011_2d773b7f7a02_merchant_id_segment_idx ON public.customer_ltv_fleet_000011_2d773b7f7a02 USING btree (merchant_id, segment);


--
-- Name: customer_ltv_fleet_000012_04a5e028c8cf_merchant_id_segment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX customer_ltv_fleet_000012_04a5e028c8cf_merchant_id_segment_idx ON public.customer_ltv_fleet_000012_04a5e028c8cf USING btree (merchant_id, segment);


--
-- Name: purchase_events_merchant_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX purchase_events_merchant_time ON public.purchase_events USING btree (merchant_id, occurred_at);


--
-- Name: rfm_runs_merchant_as_of; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rfm_runs_merchant_as_of ON public.rfm_runs USING btree (merchant_id, as_of);


--
-- Name: rfm_runs_settings_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rfm_runs_settings_hash ON public.rfm_runs USING btree (settings_hash);


--
-- Name: customer_ltv_caf_n_code_b6b8a7c39884_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_caf_n_code_b6b8a7c39884_merchant_id_segment_idx;


--
-- Name: customer_ltv_caf_n_code_b6b8a7c39884_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_caf_n_code_b6b8a7c39884_pkey;


--
-- Name: customer_ltv_fleet_000001_d85dc2807531_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000001_d85dc2807531_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000001_d85dc2807531_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000001_d85dc2807531_pkey;


--
-- Name: customer_ltv_fleet_000002_a4cac62859ae_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000002_a4cac62859ae_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000002_a4cac62859ae_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000002_a4cac62859ae_pkey;


--
-- Name: customer_ltv_fleet_000004_38c162c5d749_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000004_38c162c5d749_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000004_38c162c5d749_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000004_38c162c5d749_pkey;


--
-- Name: customer_ltv_fleet_000005_6a324774143e_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000005_6a324774143e_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000005_6a324774143e_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000005_6a324774143e_pkey;


--
-- Name: customer_ltv_fleet_000006_200cdf516954_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000006_200cdf516954_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000006_200cdf516954_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000006_200cdf516954_pkey;


--
-- Name: customer_ltv_fleet_000007_6affc0981771_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000007_6affc0981771_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000007_6affc0981771_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000007_6affc0981771_pkey;


--
-- Name: customer_ltv_fleet_000008_6042abc9709f_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000008_6042abc9709f_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000008_6042abc9709f_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000008_6042abc9709f_pkey;


--
-- Name: customer_ltv_fleet_000009_8ad7255378c8_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000009_8ad7255378c8_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000009_8ad7255378c8_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000009_8ad7255378c8_pkey;


--
-- Name: customer_ltv_fleet_000010_38cf418ec6ff_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000010_38cf418ec6ff_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000010_38cf418ec6ff_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000010_38cf418ec6ff_pkey;


--
-- Name: customer_ltv_fleet_000011_2d773b7f7a02_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000011_2d773b7f7a02_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000011_2d773b7f7a02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000011_2d773b7f7a02_pkey;


--
-- Name: customer_ltv_fleet_000012_04a5e028c8cf_merchant_id_segment_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_segment ATTACH PARTITION public.customer_ltv_fleet_000012_04a5e028c8cf_merchant_id_segment_idx;


--
-- Name: customer_ltv_fleet_000012_04a5e028c8cf_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_pkey ATTACH PARTITION public.customer_ltv_fleet_000012_04a5e028c8cf_pkey;


--
-- Name: customer_ltv_history_2026_05__merchant_id_user_key_snapsho_key1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_history_merchant_id_user_key_snapshot_date_key ATTACH PARTITION public.customer_ltv_history_2026_05__merchant_id_user_key_snapsho_key1;


--
-- Name: customer_ltv_history_2026_05__merchant_id_user_key_snapshot_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_history_merchant_id_user_key_snapshot_date_key ATTACH PARTITION public.customer_ltv_history_2026_05__merchant_id_user_key_snapshot_key;


--
-- Name: customer_ltv_history_2026_06__merchant_id_user_key_snapsho_key1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_history_merchant_id_user_key_snapshot_date_key ATTACH PARTITION public.customer_ltv_history_2026_06__merchant_id_user_key_snapsho_key1;


--
-- Name: customer_ltv_history_2026_06__merchant_id_user_key_snapshot_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.customer_ltv_history_merchant_id_user_key_snapshot_date_key ATTACH PARTITION public.customer_ltv_history_2026_06__merchant_id_user_key_snapshot_key;


--
-- PostgreSQL database dump complete
--


