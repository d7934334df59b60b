"""Golden values for the kpikit operations tests (OperationsGoldenTest).

Every figure pasted into OperationsGoldenTest comes from this script, computed with statsmodels and
SciPy (Debian's python3-statsmodels and python3-scipy), independently of the Java code:

- NPS: the standard error from the covariance matrix of the trinomial shares, diag(p) - p p^T over
  n, applied to the contrast (100, 0, -100); the Wald interval with scipy's normal quantile;
- CSAT and the net sentiment: statsmodels' Wilson interval (proportion_confint, method="wilson");
- budget pacing: statsmodels' OLS of the cumulative spend on the day's position, and its prediction
  interval at the period's last day (get_prediction(...).summary_frame, obs_ci_lower/upper).

Run from the repository root:

    /usr/bin/python3 kpi-core/src/test/python/operations_golden.py

Versions used: SciPy 1.10.1, statsmodels 0.13.5, numpy 1.24.2.
"""

import numpy as np
import statsmodels.api as sm
from scipy import stats
from statsmodels.stats.proportion import proportion_confint


def r(x):
    """Full precision, as Java reads it."""
    return repr(float(x))


def nps(promoters, passives, detractors, confidence):
    counts = np.array([promoters, passives, detractors], dtype=float)
    n = counts.sum()
    p = counts / n
    cov = (np.diag(p) - np.outer(p, p)) / n
    c = np.array([100.0, 0.0, -100.0])
    score = c @ p
    se = float(np.sqrt(c @ cov @ c))
    z = stats.norm.ppf(1 - (1 - confidence) / 2)
    return score, se, score - z * se, score + z * se


def wilson(successes, n, confidence):
    lower, upper = proportion_confint(successes, n, alpha=1 - confidence, method="wilson")
    return successes / n, lower, upper


def pacing(daily, days):
    y = np.cumsum(np.asarray(daily, dtype=float))
    x = np.arange(len(y), dtype=float)
    fit = sm.OLS(y, sm.add_constant(x)).fit()
    frame = fit.get_prediction(np.array([[1.0, days - 1.0]])).summary_frame(alpha=0.05)
    return (
        y[-1],
        float(frame["mean"].iloc[0]),
        float(frame["obs_ci_lower"].iloc[0]),
        float(frame["obs_ci_upper"].iloc[0]),
    )


def section(name):
    print()
    print("# " + name)


section("NPS: promoters, passives, detractors, confidence -> score, se, lower, upper")
for case in [(6, 2, 2, 0.95), (412, 260, 128, 0.95), (30, 50, 20, 0.90), (5, 0, 7, 0.99)]:
    print(case, ", ".join(r(v) for v in nps(*case)))

section("CSAT (Wilson): satisfied, responses, confidence -> share, lower, upper")
for case in [(8, 10, 0.95), (0, 12, 0.95), (12, 12, 0.95), (350, 410, 0.90), (1, 3, 0.99)]:
    print(case, ", ".join(r(v) for v in wilson(*case)))

section("Net sentiment: positive, negative, confidence -> net, lower, upper (2 q - 1 on Wilson's q)")
for pos, neg, conf in [(120, 20, 0.95), (3, 9, 0.95)]:
    q, lo, hi = wilson(pos, pos + neg, conf)
    print((pos, neg, conf), ", ".join(r(v) for v in (2 * q - 1, 2 * lo - 1, 2 * hi - 1)))

section("Pacing: daily spends of 2026-01-01 to 2026-01-10, 31 days -> spent, projected, lower, upper")
JANUARY = [80, 95, 110, 100, 120, 90, 105, 115, 100, 110]
print(JANUARY, ", ".join(r(v) for v in pacing(JANUARY, 31)))
STEADY = [96, 104, 98, 102, 100]
print(STEADY, ", ".join(r(v) for v in pacing(STEADY, 31)))
