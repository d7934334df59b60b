#!/usr/bin/python3
"""Golden values for io.github.kpikit.analysis, from SciPy and statsmodels (Debian's packages).

Run from the repository root:

    /usr/bin/python3 kpi-core/src/test/python/analysis_golden.py

and paste the printed constants into AnalysisGoldenTest.java. The data sets are literal here and
there. Tested with SciPy 1.10.1, statsmodels 0.13.5, NumPy 1.24.2.

Where SciPy/statsmodels implement the method, they compute the figure (Kendall's S via
kendalltau, Sen's slope and its interval via theilslopes, OLS via linregress, Pearson/Spearman,
Holm via multipletests, two-proportion and two-rate score tests, percentileofscore, Student t
quantiles). Where they do not (the Hamed-Rao correction, the hierarchical model of the best time,
Laney's sigma_z, the Hampel and same-weekday scores, the ESD and CUSUM statistics), the formula is written out here from the papers, on NumPy and statsmodels' acf,
independently of the Java code.
"""
import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.rates import test_poisson_2indep
from statsmodels.tsa.stattools import acf


def out(name, value):
    print("  static final double %s = %s;" % (name, repr(float(value))))


print("  // %s, SciPy %s, statsmodels %s" % ("analysis_golden.py", scipy.__version__, statsmodels.__version__))

# ---- 1. Trend: Mann-Kendall, Sen, Hamed-Rao, OLS -------------------------------------------
TREND = np.array([12.0, 14, 13, 15, 15, 17, 16, 19, 18, 21, 20, 20, 23, 22, 25, 24, 26, 28, 27, 30])
WAVES = np.array([10.0, 10.1, 10.5, 10.3, 9.5, 9.3, 8.7, 9.2, 10.9, 10.5, 10.1, 10.9, 11.4, 11.5, 10.7,
                  10.9, 11.8, 10.5, 10.4, 8.9, 8.3, 7.3, 8.1, 7.8, 9.0, 10.0, 10.4, 8.4, 8.8, 9.7])
PLAIN = np.array([8.7, 11.5, 10.2, 11.6, 10.8, 10.3, 10.9, 10.8, 11.6, 11.4, 11.7, 10.8, 11.6, 14.3, 12.1,
                  11.9])
AUTO = np.array([5.0, 5.6, 6.3, 6.1, 6.9, 7.4, 7.0, 6.5, 6.2, 6.6, 7.3, 8.1, 8.6, 8.2, 7.9,
                 8.4, 9.2, 9.9, 9.5, 9.0, 8.8, 9.4, 10.3, 10.9, 10.4])


def mann_kendall(x, alpha):
    n = len(x)
    t = np.arange(n, dtype=float)
    tau, _ = stats.kendalltau(t, x)  # tau-b; S = tau * sqrt(n0 (n0 - n_ties_x))
    n0 = n * (n - 1) / 2
    _, counts = np.unique(x, return_counts=True)
    ties = sum(c * (c - 1) / 2 for c in counts)
    s = round(tau * np.sqrt(n0 * (n0 - ties)))
    var = (n * (n - 1) * (2 * n + 5) - sum(c * (c - 1) * (2 * c + 5) for c in counts)) / 18
    sen = stats.theilslopes(x, t, 1 - alpha)
    # Hamed and Rao (1998): ranks of the series detrended by Sen's slope, significant acf at 5 %.
    detrended = x - sen.slope * t
    ranks = stats.rankdata(detrended)
    rho = acf(ranks, nlags=n - 1, fft=False)[1:]
    bound = stats.norm.ppf(0.975) / np.sqrt(n)
    k = np.arange(1, n)
    factor = 1 + 2 / (n * (n - 1) * (n - 2)) * np.sum(
        np.where(np.abs(rho) > bound, (n - k) * (n - k - 1) * (n - k - 2) * rho, 0))
    vstar = var * factor
    z = (s - np.sign(s)) / np.sqrt(vstar)
    p = 2 * stats.norm.sf(abs(z))
    # Sen's interval with the corrected variance, SciPy's rounding (theilslopes, Sen 1968 (2.6)).
    slopes = np.sort([(x[j] - x[i]) / (j - i) for i in range(n) for j in range(i + 1, n)])
    c = stats.norm.ppf(1 - alpha / 2) * np.sqrt(vstar)
    nt = len(slopes)
    lo = slopes[max(int(np.round((nt - c) / 2)) - 1, 0)]
    hi = slopes[min(int(np.round((nt + c) / 2)), nt - 1)]
    return s, var, factor, z, p, sen, lo, hi


s, var, factor, z, p, sen, lo, hi = mann_kendall(TREND, 0.05)
print("  // TREND: Mann-Kendall with Hamed-Rao, alpha 0.05 (a zig-zag: negative autocorrelation, factor < 1)")
out("TREND_MK_S", s)
out("TREND_MK_FACTOR", factor)
out("TREND_MK_Z", z)
out("TREND_MK_P", p)
out("TREND_SEN", sen.slope)
out("TREND_SEN_LOW", lo)
out("TREND_SEN_HIGH", hi)
for name, data in [("WAVES", WAVES), ("PLAIN", PLAIN)]:
    s, var, factor, z, p, sen, lo, hi = mann_kendall(data, 0.05)
    print("  // %s: Mann-Kendall with Hamed-Rao, alpha 0.05" % name)
    out(name + "_MK_S", s)
    out(name + "_MK_FACTOR", factor)
    out(name + "_MK_Z", z)
    out(name + "_MK_P", p)
    out(name + "_SEN", sen.slope)
    out(name + "_SEN_LOW", lo)
    out(name + "_SEN_HIGH", hi)
    if factor == 1:
        print("  // %s: factor 1, so Sen's interval is SciPy's theilslopes interval itself" % name)
        out(name + "_SEN_LOW_SCIPY", sen.low_slope)
        out(name + "_SEN_HIGH_SCIPY", sen.high_slope)
s, var, factor, z, p, sen, lo, hi = mann_kendall(AUTO, 0.05)
print("  // AUTO: Mann-Kendall with Hamed-Rao, alpha 0.05 (negative lag autocorrelation of ranks: factor < 1)")
out("AUTO_MK_S", s)
out("AUTO_MK_FACTOR", factor)
out("AUTO_MK_Z", z)
out("AUTO_MK_P", p)
out("AUTO_SEN", sen.slope)
out("AUTO_SEN_LOW", lo)
out("AUTO_SEN_HIGH", hi)
ols = stats.linregress(np.arange(len(AUTO)), AUTO)
half = stats.t.ppf(0.975, len(AUTO) - 2) * ols.stderr
print("  // AUTO: OLS slope, 95 % interval, p (scipy.stats.linregress)")
out("AUTO_OLS_SLOPE", ols.slope)
out("AUTO_OLS_LOW", ols.slope - half)
out("AUTO_OLS_HIGH", ols.slope + half)
out("AUTO_OLS_T", ols.slope / ols.stderr)
out("AUTO_OLS_P", ols.pvalue)

# ---- 2. Alerts -------------------------------------------------------------------------------
CLICKS = np.array([210.0, 190, 230, 205, 220, 180, 240, 215, 200, 225, 150])
IMPR = np.array([10000.0, 9500, 11000, 10200, 10800, 9000, 11500, 10100, 9900, 10600, 10300])


def laney(num, den, t, alpha, rate=True):
    h = np.arange(t)
    pbar = num[h].sum() / den[h].sum()
    unit = pbar * (1 - pbar) if rate else pbar
    z = (num[h] / den[h] - pbar) / np.sqrt(unit / den[h])
    sigma_z = np.mean(np.abs(np.diff(z))) / (2 / np.sqrt(np.pi))
    se = sigma_z * np.sqrt(unit * (1 / den[t] + 1 / den[h].sum()))
    df = 0.62 * (len(h) - 1)
    score = (num[t] / den[t] - pbar) / se
    return pbar, sigma_z, score, 2 * stats.t.sf(abs(score), df), stats.t.ppf(1 - alpha / 2, df) * se


pbar, sz, score, p, half = laney(CLICKS, IMPR, 10, 0.01)
print("  // LANEY P': the last of CLICKS / IMPR against the ten before, alpha 0.01")
out("LANEY_P_CENTRE", pbar)
out("LANEY_P_SIGMA_Z", sz)
out("LANEY_P_SCORE", score)
out("LANEY_P_P", p)
out("LANEY_P_HALF", half)
COUNTS = np.array([40.0, 52, 47, 38, 61, 44, 50, 39, 58, 45, 80])
ubar, sz, score, p, half = laney(COUNTS, np.ones(11), 10, 0.01, rate=False)
print("  // LANEY U': the last of COUNTS against the ten before, alpha 0.01")
out("LANEY_U_CENTRE", ubar)
out("LANEY_U_SCORE", score)
out("LANEY_U_P", p)
out("LANEY_U_HALF", half)

SHORT = np.array([100.0, 104, 97, 101, 99, 103, 131])
base = SHORT[:6]
med = np.median(base)
s = stats.median_abs_deviation(base, scale="normal")
m = len(base)
se = s * np.sqrt(1 + np.pi / (2 * m))
df = max(1, 0.37 * (m - 1))
score = (SHORT[6] - med) / se
print("  // HAMPEL: the last of SHORT against the six before, alpha 0.01")
out("HAMPEL_MEDIAN", med)
out("HAMPEL_SCORE", score)
out("HAMPEL_P", 2 * stats.t.sf(abs(score), df))
out("HAMPEL_HALF", stats.t.ppf(0.995, df) * se)

WEEKDAYS = np.array([50.0, 53, 49, 52, 51, 30])  # the same weekday over six weeks; last checked
b = WEEKDAYS[:5]
se = np.std(b, ddof=1) * np.sqrt(1 + 1 / len(b))
score = (WEEKDAYS[5] - b.mean()) / se
print("  // SAME_WEEKDAY: the last against the five previous same weekdays, alpha 0.01")
out("WEEKDAY_MEAN", b.mean())
out("WEEKDAY_SCORE", score)
out("WEEKDAY_P", 2 * stats.t.sf(abs(score), len(b) - 1))
out("WEEKDAY_HALF", stats.t.ppf(0.995, len(b) - 1) * se)

print("  // ESD critical values lambda_i (Rosner 1983) for n = 104, from scipy.stats.t.ppf")
for i, a in [(1, 0.01), (5, 0.01), (10, 0.05)]:
    n = 104
    pp = 1 - a / (2 * (n - i + 1))
    tq = stats.t.ppf(pp, n - i - 1)
    out("ESD_LAMBDA_%d_%s" % (i, str(a).replace(".", "_")), (n - i) * tq / np.sqrt((n - i - 1 + tq * tq) * (n - i + 1)))

CUSUM_SERIES = np.array([10.0, 11, 9, 10.5, 9.5, 10, 11, 9, 10, 10.5,   # reference (10)
                         10.2, 11.5, 11.8, 12.0, 11.6, 12.2, 11.9])
ref = CUSUM_SERIES[:10]
mu = ref.mean()
sigma = np.mean(np.abs(np.diff(ref))) / (2 / np.sqrt(np.pi))
up = lowc = 0.0
trace = []
for v in CUSUM_SERIES[10:]:
    if up > 5 or lowc > 5:
        up = lowc = 0.0
    zz = (v - mu) / sigma
    up = max(0.0, up + zz - 0.5)
    lowc = max(0.0, lowc - zz - 0.5)
    trace.append(up if up >= lowc else -lowc)
print("  // CUSUM: reference = first 10, k = 0.5, h = 5; statistic at each later bucket")
out("CUSUM_MEAN", mu)
out("CUSUM_SIGMA", sigma)
print("  static final double[] CUSUM_TRACE = {%s};" % ", ".join(repr(float(v)) for v in trace))

# ---- 3. Period comparisons -------------------------------------------------------------------
z, p = proportions_ztest([225, 150], [10600, 10300])
print("  // two proportions 225/10600 vs 150/10300, pooled (statsmodels proportions_ztest)")
out("PROP_Z", z)
out("PROP_P", p)
r = test_poisson_2indep(80, 1.0, 45, 1.0, method="score")
print("  // two Poisson counts 80 vs 45, score test (statsmodels test_poisson_2indep)")
out("POIS_Z", r.statistic)
out("POIS_P", r.pvalue)

# ---- 4. Correlation --------------------------------------------------------------------------
A = np.array([3.0, 5, 4, 6, 8, 7, 9, 12, 10, 11, 14, 13, 15, 17, 16])
B = np.array([2.0, 3, 5, 4, 7, 9, 8, 10, 13, 11, 12, 16, 14, 15, 18])
pr = stats.pearsonr(A, B)
ci = pr.confidence_interval(0.95)
print("  // A, B: Pearson (scipy.stats.pearsonr, Fisher interval)")
out("PEARSON_R", pr.statistic)
out("PEARSON_P", pr.pvalue)
out("PEARSON_LOW", ci.low)
out("PEARSON_HIGH", ci.high)
sr = stats.spearmanr(A, B)
zr = np.arctanh(sr.correlation)
se = np.sqrt(1.06 / (len(A) - 3))
print("  // A, B: Spearman (scipy.stats.spearmanr; interval Fisher z, var 1.06/(n-3))")
out("SPEARMAN_RHO", sr.correlation)
out("SPEARMAN_P", sr.pvalue)
out("SPEARMAN_LOW", np.tanh(zr - stats.norm.ppf(0.975) * se))
out("SPEARMAN_HIGH", np.tanh(zr + stats.norm.ppf(0.975) * se))
pr1 = stats.pearsonr(A[:-1], B[1:])
print("  // A at t with B at t + 1 (lag 1)")
out("PEARSON_LAG1_R", pr1.statistic)
out("PEARSON_LAG1_P", pr1.pvalue)
PS = np.array([0.01, 0.04, 0.03, 0.2, 0.005])
print("  // Holm (statsmodels multipletests) of %s" % list(PS))
print("  static final double[] HOLM = {%s};" % ", ".join(repr(float(v)) for v in multipletests(PS, method="holm")[1]))

# ---- 5. Best time: hierarchical normal model, uniform prior on tau (BDA3 section 5.4) -------
CELL = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4])
Y = np.array([1.1, 0.9, 1.3, 0.7, 0.8, 1.6, 1.4, 1.5, 1.2, 1.0, 0.95, 0.6, 0.9, 0.75])
cells = np.unique(CELL)
means = np.array([Y[CELL == c].mean() for c in cells])
ns = np.array([np.sum(CELL == c) for c in cells])
sigma2 = sum(((Y[CELL == c] - Y[CELL == c].mean()) ** 2).sum() for c in cells) / (len(Y) - len(cells))
V = sigma2 / ns
taus = np.linspace(0, 3 * max(np.std(means, ddof=1), np.sqrt(V.mean())), 200)
logp, mus, muvar = [], [], []
for t in taus:
    w = 1 / (V + t * t)
    mu = np.sum(w * means) / np.sum(w)
    mus.append(mu)
    muvar.append(1 / np.sum(w))
    logp.append(-0.5 * np.log(np.sum(w)) + np.sum(0.5 * np.log(w) - 0.5 * w * (means - mu) ** 2))
logp = np.array(logp)
wt = np.exp(logp - logp.max())
wt /= wt.sum()
B = V[2] / (V[2] + taus ** 2)
m = means[2] - B * (means[2] - np.array(mus))
var = V[2] * (1 - B) + B * B * np.array(muvar)
est = np.sum(wt * m)
print("  // EB cells (no smoothing): pooled sigma^2; posterior means of tau^2 and mu on the grid;")
print("  // cell 2's posterior mean and sd (NumPy, from Gelman et al. 2013, section 5.4)")
out("EB_SIGMA2", sigma2)
out("EB_TAU2", np.sum(wt * taus ** 2))
out("EB_MU", np.sum(wt * np.array(mus)))
out("EB_CELL2_ESTIMATE", est)
out("EB_CELL2_SD", np.sqrt(np.sum(wt * (var + m * m)) - est * est))

# ---- 6. Benchmarking -------------------------------------------------------------------------
PAST = np.array([0.031, 0.029, 0.035, 0.031, 0.028, 0.033, 0.030, 0.031, 0.036, 0.027, 0.032, 0.034])
print("  // percentile rank of 0.031 among PAST (scipy.stats.percentileofscore, kind='mean')")
out("PERCENTILE", stats.percentileofscore(PAST, 0.031, kind="mean"))
