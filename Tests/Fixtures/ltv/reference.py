#!/usr/bin/env python3
"""An independent reference for `rfm-nightly fit` and `rfm-nightly backtest`, written apart from
the Swift code (numpy and scipy): the rules of docs/DECISIONS.md "Model LTV" applied to raw
rows, the BG/NBD and Gamma-Gamma fitted with scipy's Nelder-Mead then BFGS on the `lifetimes`
package's likelihoods, predictions from the untransformed FHL (2005) eq. 10 with scipy's
hyp2f1, the seed heuristic from SPEC §5 in floating point, and the backtest's error measures.
The tests compare the Swift output with the figures this prints.

    python3 Tests/Fixtures/ltv/reference.py backtest cdnow Tests/Fixtures/cdnow/CDNOW_sample.txt 1997-10-01 273
    python3 Tests/Fixtures/ltv/reference.py backtest sql Tests/IntegrationTests/Fixtures/ltv.sql 2026-01-01 181
    python3 Tests/Fixtures/ltv/reference.py predictions sql Tests/IntegrationTests/Fixtures/ltv.sql 2026-01-01 365 \
        > Tests/Fixtures/ltv/predictions-2026-01-01.csv
"""
import collections
import datetime
import math
import re
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1

RATES = {'USD': 1000000, 'EUR': 920000, 'GBP': 1180000}
Row = collections.namedtuple('Row', 'event user at cents currency kind')


def usd_cents(amount, currency):
    """round(amount × rate, 2), half away from zero, exactly (amounts are never negative here)."""
    cents = round(float(amount) * 100)
    product = cents * RATES.get(currency, 1000000)
    return (product + 500000) // 1000000


def valid_rows(raw):
    out = []
    for event, user, at, amount, currency, kind in raw:
        if kind not in ('purchase', 'refund') or not re.fullmatch(r'[A-Z]{3}', currency) or float(amount) < 0:
            continue
        out.append(Row(event, user, at, usd_cents(amount, currency), currency, kind))
    return out


def counted(rows):
    """Deduplicated events: an id whose copies all agree counts once, one whose copies disagree not at all."""
    by_id = collections.defaultdict(list)
    for r in rows:
        by_id[r.event].append(r)
    return [copies[0] for copies in by_id.values() if all(c[1:] == copies[0][1:] for c in copies)]


def bgnbd_nll(params, x, tx, T, w):
    r, alpha, a, b = np.exp(params)
    A1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    A2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    A3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide='ignore', invalid='ignore'):
        A4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.sum(w * (A1 + A2 + np.logaddexp(A3, A4)))


def gg_nll(params, x, m, w):
    p, q, g = np.exp(params)
    ll = (gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(g) + (p * x - 1) * np.log(m)
          + p * x * np.log(x) - (p * x + q) * np.log(x * m + g))
    return -np.sum(w * ll)


def fit(nll, start, args):
    res = minimize(nll, start, args=args, method='Nelder-Mead', options={'maxiter': 40000, 'xatol': 1e-12, 'fatol': 1e-12})
    res = minimize(nll, res.x, args=args, method='BFGS', options={'gtol': 1e-10})
    return list(np.exp(res.x)), -res.fun


def expected_purchases(t, c, r, alpha, a, b):
    x, tx, T = c['x'], c['tx'], c['T']
    z = t / (alpha + T + t)
    bracket = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    return (a + b + x - 1) / (a - 1) * bracket * probability_alive(c, r, alpha, a, b)


def probability_alive(c, r, alpha, a, b):
    if c['x'] == 0:
        return 1.0
    return 1 / (1 + a / (b + c['x'] - 1) * ((alpha + c['T']) / (alpha + c['tx'])) ** (r + c['x']))


def calibrate(rows, D, W):
    ws = D - datetime.timedelta(days=W)
    purchases = [r for r in rows if r.kind == 'purchase']
    window_events = counted([r for r in rows if r.at.date() >= ws])
    customers = {}
    for user in {r.user for r in purchases}:
        days = {r.at.date() for r in purchases if r.user == user}
        first, last = min(days), max(days)
        window_days = {d for d in days if d >= ws}
        spend_days = len(window_days) - (1 if first >= ws else 0)
        mine = [e for e in window_events if e.user == user]
        P = sum(e.cents for e in mine if e.kind == 'purchase')
        R = sum(e.cents for e in mine if e.kind == 'refund')
        repeat = sum(e.cents for e in mine if e.kind == 'purchase' and e.at.date() != first)
        net = max(0, P - R)
        mean = repeat * (net / P) / spend_days if spend_days > 0 and P > 0 and net > 0 else 0.0
        counted_purchases = [e for e in mine if e.kind == 'purchase']
        seed = None
        if counted_purchases:  # scored: a counted purchase in the window
            seed = dict(monetary=net, recency=(D - max(e.at.date() for e in counted_purchases)).days, tenure=(D - first).days)
        customers[user] = dict(x=len(days) - 1, tx=(last - first).days / 7, T=(D - first).days / 7,
                               spend_days=spend_days, mean=mean, window_days=len(window_days), seed=seed)
    return customers


def fit_models(customers):
    groups = collections.Counter((c['x'], c['tx'], c['T']) for c in customers.values())
    keys = list(groups)
    x = np.array([k[0] for k in keys], float)
    tx = np.array([k[1] for k in keys])
    T = np.array([k[2] for k in keys])
    w = np.array([groups[k] for k in keys], float)
    bgnbd, bgnbd_ll = fit(bgnbd_nll, np.zeros(4), (x, tx, T, w))
    spends = collections.Counter((c['spend_days'], c['mean']) for c in customers.values() if c['spend_days'] > 0 and c['mean'] > 0)
    keys = list(spends)
    args = (np.array([k[0] for k in keys], float), np.array([k[1] for k in keys]), np.array([spends[k] for k in keys], float))
    gg, gg_ll = fit(gg_nll, np.log([5.0, 5.0, 1000.0]), args)
    return bgnbd, bgnbd_ll, gg, gg_ll, sum(spends.values())


def seed_prediction(c, N, W):
    if c['seed'] is None:
        return 0.0, 0.0
    s = c['seed']
    decay = 0.95 ** (s['recency'] / 30)
    cohort = max(0.85, 0.94 - 0.005 * s['tenure'] / 30)
    return float(round(s['monetary'] * N / W * decay * cohort)), c['window_days'] * N / W * decay * cohort


def model_prediction(c, N, bgnbd, gg):
    r, alpha, a, b = bgnbd
    p, q, g = gg
    purchases = expected_purchases(N / 7, c, r, alpha, a, b)
    if c['spend_days'] > 0:
        spend = (g + c['spend_days'] * c['mean']) * p / (p * c['spend_days'] + q - 1)
    else:
        spend = p * g / (q - 1)
    return float(math.floor(spend * purchases + 0.5)), purchases


def score(actual, predicted):
    n = len(actual)
    spend_errors = [p[0] - a[1] for a, p in zip(actual, predicted)]
    count_errors = [p[1] - a[0] for a, p in zip(actual, predicted)]
    ranked = sorted(range(n), key=lambda i: (-predicted[i][0], i))
    deciles = collections.defaultdict(list)
    for rank, i in enumerate(ranked):
        deciles[rank * 10 // n + 1].append(i)
    return dict(
        spend_mae=sum(map(abs, spend_errors)) / n / 100, spend_rmse=math.sqrt(sum(e * e for e in spend_errors) / n) / 100,
        purchases_mae=sum(map(abs, count_errors)) / n, purchases_rmse=math.sqrt(sum(e * e for e in count_errors) / n),
        predicted_spend=sum(p[0] for p in predicted) / 100, predicted_purchases=sum(p[1] for p in predicted),
        deciles=[(k, len(v), sum(predicted[i][0] for i in v) / len(v) / 100, sum(actual[i][1] for i in v) / len(v) / 100,
                  sum(predicted[i][1] for i in v) / len(v), sum(actual[i][0] for i in v) / len(v)) for k, v in sorted(deciles.items())])


def backtest(raw, D, N, W=365):
    rows = valid_rows(raw)
    end = D + datetime.timedelta(days=N)
    calibration = calibrate([r for r in rows if r.at.date() < D], D, W)
    holdout = [r for r in rows if D <= r.at.date() < end]
    holdout_events = counted(holdout)
    bgnbd, bgnbd_ll, gg, gg_ll, spend_customers = fit_models(calibration)
    users = sorted(calibration, key=lambda u: u.encode())
    actual, seed, model = [], [], []
    for user in users:
        days = {r.at.date() for r in holdout if r.user == user and r.kind == 'purchase'}
        mine = [e for e in holdout_events if e.user == user]
        bought = [e for e in mine if e.kind == 'purchase']
        spend = max(0, sum(e.cents for e in bought) - sum(e.cents for e in mine if e.kind == 'refund')) if bought else 0
        actual.append((len(days), spend))
        seed.append(seed_prediction(calibration[user], N, W))
        model.append(model_prediction(calibration[user], N, bgnbd, gg))
    new = {r.user for r in holdout if r.kind == 'purchase'} - set(calibration)
    print(f'customers {len(users)}, repeat buyers {sum(1 for c in calibration.values() if c["x"] > 0)}, new in holdout {len(new)}')
    print(f'BG/NBD r, alpha, a, b = {bgnbd}, log-likelihood {bgnbd_ll}')
    print(f'Gamma-Gamma p, q, gamma (cents) = {gg}, gamma USD {gg[2] / 100}, log-likelihood cents {gg_ll}, '
          f'USD {gg_ll + spend_customers * math.log(100)}, on {spend_customers}')
    print(f'holdout actual: {sum(a[0] for a in actual)} purchase days, ${sum(a[1] for a in actual) / 100:.2f}')
    for name, predicted in (('seed heuristic', seed), ('BG/NBD + Gamma-Gamma', model)):
        s = score(actual, predicted)
        print(name)
        for key in ('spend_mae', 'spend_rmse', 'purchases_mae', 'purchases_rmse', 'predicted_spend', 'predicted_purchases'):
            print(f'  {key} {s[key]!r}')
        for d in s['deciles']:
            print('  decile', d[0], d[1], ' '.join(f'{v:.6f}' for v in d[2:]))


def cdnow_rows(path):
    for number, line in enumerate(open(path), start=1):
        f = line.split()
        at = datetime.datetime(int(f[2][:4]), int(f[2][4:6]), int(f[2][6:]))
        yield f'cdnow-{number}', f[1], at, f[4], 'USD', 'purchase'


def sql_rows(path):
    pattern = re.compile(r"\('([^']*)', '([^']*)', '([^']*)', (?:NULL|'[^']*'), '([^']*)\+00', (-?[0-9.]+), '([^']*)', '([^']*)'\)")
    for m in pattern.finditer(open(path).read()):
        _, event, user, at, amount, currency, kind = m.groups()
        yield event, user, datetime.datetime.strptime(at, '%Y-%m-%d %H:%M:%S'), amount, currency, kind


def predictions(raw, D, H, W=365):
    """A nightly run's model outputs as of D over H days, undiscounted, for the scored customers:
    user_key, expected_purchases, probability_alive, model_ltv (cents), as CSV."""
    calibration = calibrate(valid_rows([r for r in raw if r[2].date() < D]), D, W)
    bgnbd, _, gg, _, _ = fit_models(calibration)
    print('user_key,expected_purchases,probability_alive,model_ltv_cents')
    for user in sorted(calibration, key=lambda u: u.encode()):
        c = calibration[user]
        if c['seed'] is None:
            continue
        spend, purchases = model_prediction(c, H, bgnbd, gg)
        print(f'{user},{float(purchases)!r},{float(probability_alive(c, *bgnbd))!r},{int(spend)}')


if __name__ == '__main__':
    mode, kind, path, D, N = sys.argv[1:6]
    raw = list(cdnow_rows(path) if kind == 'cdnow' else sql_rows(path))
    (backtest if mode == 'backtest' else predictions)(raw, datetime.date.fromisoformat(D), int(N))
