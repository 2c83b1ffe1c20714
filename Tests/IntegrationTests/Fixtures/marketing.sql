-- Marketing fixture, loaded after events.sql: merchant m-shop, whose user keys are what a CSV
-- export must survive — spreadsheet formulas (=, +, -, @, tab, CR), a comma, quotes, a line
-- break, non-ASCII — and a purchase with microseconds. As of 2026-03-01 every one is scored.
INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind) VALUES
    ('m-shop', 's-1',  '=HYPERLINK("http://evil.example","x")', 'Evil@Example.com', '2026-02-01 10:00+00', 250.00, 'USD', 'purchase'),
    ('m-shop', 's-2',  '+4477001122',  'phone@example.com', '2025-06-01 10:00+00',  40.00, 'EUR', 'purchase'),
    ('m-shop', 's-3',  '-42',          NULL,                '2025-09-01 10:00+00',  15.00, 'USD', 'purchase'),
    ('m-shop', 's-4',  '@SUM(A1:A9)',  NULL,                '2025-12-24 10:00+00',  99.99, 'GBP', 'purchase'),
    ('m-shop', 's-5',  E'\tindented',  NULL,                '2026-01-15 10:00+00',  10.00, 'USD', 'purchase'),
    ('m-shop', 's-6',  E'\rreturn',    NULL,                '2026-01-16 10:00+00',  20.00, 'USD', 'purchase'),
    ('m-shop', 's-7',  'comma, inc.',  NULL,                '2026-02-20 10:00+00', 500.00, 'USD', 'purchase'),
    ('m-shop', 's-8',  'say "hi"',     NULL,                '2025-04-01 10:00+00',   5.00, 'USD', 'purchase'),
    ('m-shop', 's-9',  E'two\nlines',  NULL,                '2025-11-11 10:00+00',  60.00, 'USD', 'purchase'),
    ('m-shop', 's-10', 'zoë',          NULL,                '2026-02-27 10:00+00',  75.00, 'EUR', 'purchase'),
    ('m-shop', 's-11', 'plain',        NULL,                '2026-02-28 23:59:59.5+00', 0.01, 'USD', 'purchase');
