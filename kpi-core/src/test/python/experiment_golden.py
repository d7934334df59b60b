"""Golden values for the kpikit experiment and attribution tests.

Every figure pasted into ExperimentGoldenTest and AttributionGoldenTest comes from this script,
computed with SciPy and statsmodels (Debian's python3-scipy and python3-statsmodels) or, for the
attribution models, with an implementation independent of the Java code (a dense numpy solve of
the whole absorbing chain; the Shapley value by enumerating every order of the players).

Run from the repository root:

    /usr/bin/python3 kpi-core/src/test/python/experiment_golden.py

Versions used: SciPy 1.10.1, statsmodels 0.13.5, numpy 1.24.2.
"""

import itertools
import math

import numpy as np
from scipy import optimize, stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    power_proportions_2indep,
    proportions_ztest,
)
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW
from statsmodels.tools.numdiff import approx_fprime_cs


def r(x):
    """Full precision, as Java reads it."""
    return repr(float(x))


def delta_se(fun, params, cov):
    """Delta-method standard error with the gradient by complex-step differentiation."""
    g = approx_fprime_cs(np.asarray(params, dtype=float), fun)
    return math.sqrt(float(g @ cov @ g))


def relative_lift(c, vc, t, vt, confidence):
    """t / c - 1 and its delta-method normal interval; vc and vt are variances of c and t."""
    se = delta_se(lambda p: p[1] / p[0] - 1, [c, t], np.diag([vc, vt]))
    q = stats.norm.ppf(1 - (1 - confidence) / 2)
    value = t / c - 1
    return value, se, value - q * se, value + q * se


def srm(units, shares):
    units = np.asarray(units, dtype=float)
    chi, p = stats.chisquare(units, units.sum() * np.asarray(shares))
    return chi, p


def section(name):
    print()
    print("# " + name)


# ------------------------------------------------------------------ proportions

def proportions(label, nc, xc, nt, xt, confidence, share):
    section("proportions " + label)
    z, p = proportions_ztest([xt, xc], [nt, nc])  # pooled variance under the null
    low, high = confint_proportions_2indep(
        xt, nt, xc, nc, method="wald", compare="diff", alpha=1 - confidence)
    pc, pt = xc / nc, xt / nt
    vc, vt = pc * (1 - pc) / nc, pt * (1 - pt) / nt
    rel = relative_lift(pc, vc, pt, vt, confidence)
    chi, srm_p = srm([nc, nt], [share, 1 - share])
    print("z", r(z), "p", r(p))
    print("diff", r(pt - pc), "se", r(math.sqrt(vc + vt)), "ci", r(low), r(high))
    print("relative", " ".join(r(v) for v in rel))
    print("srm chi2", r(chi), "p", r(srm_p))
    return pc, pt, vc, vt


P1 = proportions("P1", 10_000, 420, 10_050, 493, 0.95, 0.5)
proportions("P2", 200, 12, 180, 25, 0.90, 0.5)
proportions("P3", 3_000, 150, 7_000, 390, 0.99, 0.3)

# ------------------------------------------------------------------ means

def welch(label, yc, yt, confidence, share):
    section("means " + label)
    cm = CompareMeans(DescrStatsW(yt), DescrStatsW(yc))
    t, p, df = cm.ttest_ind(usevar="unequal")
    low, high = cm.tconfint_diff(alpha=1 - confidence, usevar="unequal")
    scipy_t, scipy_p = stats.ttest_ind(yt, yc, equal_var=False)
    vc = np.var(yc, ddof=1) / len(yc)
    vt = np.var(yt, ddof=1) / len(yt)
    rel = relative_lift(np.mean(yc), vc, np.mean(yt), vt, confidence)
    chi, srm_p = srm([len(yc), len(yt)], [share, 1 - share])
    print("n", len(yc), len(yt))
    print("sums control", len(yc), r(np.sum(yc)), r(np.sum(yc * yc)))
    print("sums treatment", len(yt), r(np.sum(yt)), r(np.sum(yt * yt)))
    print("means", r(np.mean(yc)), r(np.mean(yt)))
    print("t", r(t), "df", r(df), "p", r(p), "(scipy t", r(scipy_t), "p", r(scipy_p), ")")
    print("diff", r(np.mean(yt) - np.mean(yc)), "se", r(math.sqrt(vc + vt)), "ci", r(low), r(high))
    print("relative", " ".join(r(v) for v in rel))
    print("srm chi2", r(chi), "p", r(srm_p))
    return vc, vt, np.mean(yt) - np.mean(yc)


M1_C = np.array([12.1, 9.8, 11.4, 10.2, 13.7, 8.9, 12.6, 10.8])
M1_T = np.array([13.2, 11.9, 14.8, 12.4, 10.9, 15.1, 13.6, 12.2, 14.0, 11.7])
welch("M1", M1_C, M1_T, 0.95, 0.5)

rng = np.random.default_rng(20261201)
M2_C = np.round(rng.lognormal(3.0, 0.8, 5_000), 2)
M2_T = np.round(rng.lognormal(3.03, 0.8, 4_950), 2)
M2 = welch("M2", M2_C, M2_T, 0.95, 0.5)

# ------------------------------------------------------------------ ratio metrics

def ratio_stats(x, y):
    n = len(x)
    cov = np.cov(np.vstack([x, y]), ddof=1) / n  # covariance of (mean x, mean y)
    ratio = np.sum(y) / np.sum(x)
    se = delta_se(lambda m: m[1] / m[0], [np.mean(x), np.mean(y)], cov)
    return ratio, se * se


def sums(x, y):
    return " ".join(
        [str(len(x))] + [r(v) for v in (np.sum(x), np.sum(y), np.sum(x * x), np.sum(y * y),
                                         np.sum(x * y))])


def ratios(label, xc, yc, xt, yt, confidence, share):
    section("ratios " + label)
    rc, vc = ratio_stats(xc, yc)
    rt, vt = ratio_stats(xt, yt)
    se = math.sqrt(vc + vt)
    z = (rt - rc) / se
    p = 2 * stats.norm.sf(abs(z))
    q = stats.norm.ppf(1 - (1 - confidence) / 2)
    rel = relative_lift(rc, vc, rt, vt, confidence)
    chi, srm_p = srm([len(xc), len(xt)], [share, 1 - share])
    print("sums control", sums(xc, yc))
    print("sums treatment", sums(xt, yt))
    print("ratios", r(rc), r(rt))
    print("z", r(z), "p", r(p))
    print("diff", r(rt - rc), "se", r(se), "ci", r(rt - rc - q * se), r(rt - rc + q * se))
    print("relative", " ".join(r(v) for v in rel))
    print("srm chi2", r(chi), "p", r(srm_p))
    return vc, vt, rt - rc


R1_XC = np.array([10.0, 4.0, 6.0, 12.0, 3.0, 8.0])
R1_YC = np.array([1.0, 0.0, 2.0, 1.0, 0.0, 1.0])
R1_XT = np.array([9.0, 5.0, 7.0, 11.0, 2.0, 6.0, 4.0])
R1_YT = np.array([2.0, 1.0, 1.0, 2.0, 0.0, 1.0, 1.0])
ratios("R1", R1_XC, R1_YC, R1_XT, R1_YT, 0.95, 0.5)

rng = np.random.default_rng(7)


def ctr_users(n, base):
    impressions = 1.0 + rng.poisson(20, n)
    propensity = np.clip(rng.normal(base, 0.015, n), 0.001, 0.5)
    clicks = rng.binomial(impressions.astype(int), propensity).astype(float)
    return impressions, clicks


R2_XC, R2_YC = ctr_users(4_000, 0.030)
R2_XT, R2_YT = ctr_users(4_100, 0.032)
R2 = ratios("R2", R2_XC, R2_YC, R2_XT, R2_YT, 0.95, 0.5)

# ------------------------------------------------------------------ CUPED

section("cuped C1")
rng = np.random.default_rng(11)
C1_XC = np.round(rng.gamma(4.0, 5.0, 3_000), 2)
C1_XT = np.round(rng.gamma(4.0, 5.0, 3_000), 2)
C1_YC = np.round(0.8 * C1_XC + rng.normal(4.0, 5.0, 3_000), 2)
C1_YT = np.round(0.8 * C1_XT + rng.normal(4.6, 5.0, 3_000), 2)
print("sums control", sums(C1_XC, C1_YC))
print("sums treatment", sums(C1_XT, C1_YT))
x_all = np.concatenate([C1_XC, C1_XT])
y_all = np.concatenate([C1_YC, C1_YT])
theta = np.cov(x_all, y_all, ddof=1)[0, 1] / np.var(x_all, ddof=1)
adj_c = C1_YC - theta * (C1_XC - np.mean(x_all))
adj_t = C1_YT - theta * (C1_XT - np.mean(x_all))
cm = CompareMeans(DescrStatsW(adj_t), DescrStatsW(adj_c))
t, p, df = cm.ttest_ind(usevar="unequal")
low, high = cm.tconfint_diff(alpha=0.05, usevar="unequal")
vc = np.var(adj_c, ddof=1) / len(adj_c)
vt = np.var(adj_t, ddof=1) / len(adj_t)
raw = CompareMeans(DescrStatsW(C1_YT), DescrStatsW(C1_YC))
raw_t, raw_p, raw_df = raw.ttest_ind(usevar="unequal")
raw_v = np.var(C1_YC, ddof=1) / 3_000 + np.var(C1_YT, ddof=1) / 3_000
print("theta", r(theta))
print("adjusted means", r(np.mean(adj_c)), r(np.mean(adj_t)))
print("t", r(t), "df", r(df), "p", r(p))
print("diff", r(np.mean(adj_t) - np.mean(adj_c)), "se", r(math.sqrt(vc + vt)), "ci", r(low), r(high))
print("relative", " ".join(r(v) for v in relative_lift(np.mean(adj_c), vc, np.mean(adj_t), vt, 0.95)))
print("unadjusted t", r(raw_t), "df", r(raw_df), "p", r(raw_p))
print("variance reduction", r(1 - (vc + vt) / raw_v))

# ------------------------------------------------------------------ SRM

section("srm")
for units, shares in (([10_000, 10_050], [0.5, 0.5]), ([5_000, 5_200, 4_800], [1 / 3, 1 / 3, 1 / 3]),
                      ([3_000, 7_000], [0.3, 0.7]), ([10_000, 10_600], [0.5, 0.5])):
    chi, p = srm(units, shares)
    print(units, shares, "chi2", r(chi), "p", r(p))

# ------------------------------------------------------------------ corrections

section("corrections")
PV = [0.010, 0.040, 0.030, 0.005, 0.20, 0.049, 0.001, 0.8]
for method in ("holm", "fdr_bh"):
    reject, adjusted, _, _ = multipletests(PV, alpha=0.05, method=method)
    print(method, "adjusted", ", ".join(r(v) for v in adjusted))
    print(method, "reject", ", ".join(str(bool(v)).lower() for v in reject))

# ------------------------------------------------------------------ planning

section("planning")


def prop_power(baseline, diff, nc, ratio, alpha):
    # statsmodels' sample 1 is the one with p1 = prop2 + diff: our treatment, r * nc units
    return power_proportions_2indep(diff, baseline, ratio * nc, ratio=1 / ratio, alpha=alpha,
                                    return_results=False)


def prop_plan(label, baseline, diff, alpha, power, ratio, n_power, n_mde):
    nc = optimize.brentq(lambda n: prop_power(baseline, diff, n, ratio, alpha) - power, 1, 1e9,
                         xtol=1e-10)
    n = math.ceil(nc)
    mde = optimize.brentq(lambda d: prop_power(baseline, d, n_mde, ratio, alpha) - power, 1e-9,
                          1 - baseline, xtol=1e-15)
    print(label, "n", r(nc), "->", n, math.ceil(ratio * n),
          "power(n-1)", r(prop_power(baseline, diff, n - 1, ratio, alpha)),
          "power(n)", r(prop_power(baseline, diff, n, ratio, alpha)))
    print(label, "power at", n_power, r(prop_power(baseline, diff, n_power, ratio, alpha)))
    print(label, "mde at", n_mde, r(mde))


prop_plan("prop A", 0.04, 0.01, 0.05, 0.80, 1.0, 5_000, 20_000)
prop_plan("prop B", 0.10, -0.02, 0.05, 0.90, 4.0, 3_000, 3_000)


def normal_plan(label, sd, diff, alpha, power, ratio, n_power, n_mde):
    solver = NormalIndPower()
    nc = solver.solve_power(effect_size=diff / sd, alpha=alpha, power=power, ratio=ratio)
    n = math.ceil(nc)
    print(label, "n", r(nc), "->", n, math.ceil(ratio * n),
          "power(n-1)", r(solver.power(diff / sd, n - 1, alpha, ratio=ratio)),
          "power(n)", r(solver.power(diff / sd, n, alpha, ratio=ratio)))
    print(label, "power at", n_power, r(solver.power(diff / sd, n_power, alpha, ratio=ratio)))
    # solve_power(effect_size=None) stops early (its root has power 0.79997 for "means A"):
    # solve power(es) = power to full precision with brentq instead
    es = optimize.brentq(lambda e: solver.power(e, n_mde, alpha, ratio=ratio) - power, 1e-9, 10,
                         xtol=1e-16)
    print(label, "mde at", n_mde, r(es * sd))


normal_plan("means A", 25.0, 1.0, 0.05, 0.80, 1.0, 5_000, 5_000)
normal_plan("means B", 3.5, -0.25, 0.01, 0.90, 0.5, 2_000, 10_000)
ratio_sd = math.sqrt(ratio_stats(R2_XC, R2_YC)[1] * len(R2_XC))
print("ratio history sd per unit", r(ratio_sd))
normal_plan("ratio", ratio_sd, 0.002, 0.05, 0.80, 1.0, 10_000, 10_000)

# ------------------------------------------------------------------ confidence sequences

section("confidence sequences (Waudby-Smith et al. 2024, normal mixture)")


def cs(label, d, v, units, planned, confidence):
    alpha = 1 - confidence
    rho2 = (-2 * math.log(alpha) + math.log(-2 * math.log(alpha) + 1)) / planned
    u = units * rho2
    half = math.sqrt(v * (u + 1) / u * (2 * math.log(1 / alpha) + math.log(u + 1)))
    # the mixture martingale by numerical integration over the mixing normal, as a cross-check
    # likelihood ratio of effect lambda against 0 given d ~ N(effect, v), mixed over N(0, tau2)
    tau2 = rho2 * units * v
    lam = np.linspace(-40, 40, 400_001) * math.sqrt(tau2)
    density = np.exp(-lam ** 2 / (2 * tau2)) / math.sqrt(2 * math.pi * tau2)
    lr = np.exp((lam * d - lam ** 2 / 2) / v)
    m = np.trapz(lr * density, lam)
    closed = math.sqrt(1 / (1 + u)) * math.exp(u * d * d / (2 * v * (1 + u)))
    print(label, "diff", r(d), "ci", r(d - half), r(d + half), "p", r(min(1.0, 1 / closed)),
          "(integrated mixture", r(m), "closed form", r(closed), ")")


cs("P1", P1[1] - P1[0], P1[2] + P1[3], 20_050, 40_000, 0.95)
cs("M2", M2[2], M2[0] + M2[1], 9_950, 20_000, 0.95)
cs("R2", R2[2], R2[0] + R2[1], 8_100, 8_000, 0.90)

# ------------------------------------------------------------------ attribution


def chain_credits(journeys, order):
    """Removal-effect credits of an order-k chain, by one dense numpy solve per removal."""
    def state(path, i):
        return tuple(path[max(0, i - order + 1): i + 1])

    counts = {}
    for path, converted, value in journeys:
        walk = ["(start)"] + [state(path, i) for i in range(len(path))]
        walk.append("(conversion)" if converted else "(null)")
        for a, b in zip(walk, walk[1:]):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    nodes = sorted({a for a, _ in counts} | {b for _, b in counts}, key=str)
    transient = [s for s in nodes if s not in ("(conversion)", "(null)")]
    index = {s: i for i, s in enumerate(transient)}
    out = {}
    for (a, b), c in counts.items():
        out[a] = out.get(a, 0) + c

    def p_conv(removed):
        n = len(transient)
        q = np.zeros((n, n))
        rhs = np.zeros(n)
        for (a, b), c in counts.items():
            if removed(a):
                continue
            p = c / out[a]
            if b == "(conversion)":
                rhs[index[a]] += p
            elif b != "(null)" and not removed(b):
                q[index[a], index[b]] += p
        keep = [i for i, s in enumerate(transient) if not removed(s)]
        a_mat = (np.eye(n) - q)[np.ix_(keep, keep)]
        x = np.linalg.solve(a_mat, rhs[keep])
        return x[keep.index(index["(start)"])]

    base = p_conv(lambda s: False)
    channels = sorted({c for path, _, _ in journeys for c in path})
    effects = {c: 1 - p_conv(lambda s, c=c: s != "(start)" and c in s) / base for c in channels}
    total_conv = sum(1 for _, conv, _ in journeys if conv)
    total_value = sum(v for _, conv, v in journeys if conv)
    s = sum(effects.values())
    return base, effects, {c: (total_conv * e / s, total_value * e / s) for c, e in effects.items()}


def shapley_by_permutations(journeys, value_of):
    """The Shapley value of v(S) = worth of journeys whose channel set is within S, by brute force."""
    channels = sorted({c for path, _, _ in journeys for c in path})

    def v(coalition):
        return sum(value_of(conv, val) for path, conv, val in journeys
                   if conv and set(path) <= coalition)

    phi = {c: 0.0 for c in channels}
    orders = list(itertools.permutations(channels))
    for order in orders:
        seen = set()
        for c in order:
            before = v(seen)
            seen = seen | {c}
            phi[c] += v(seen) - before
    return {c: phi[c] / len(orders) for c in channels}


section("attribution data (A1): 80 journeys, seed 5")
rng = np.random.default_rng(5)
A1 = []
for _ in range(80):
    length = int(rng.integers(1, 7))
    path = [str(rng.choice(["a", "b", "c", "d"], p=[0.4, 0.3, 0.2, 0.1])) for _ in range(length)]
    converted = bool(rng.random() < 0.15 + 0.08 * ("b" in path) + 0.05 * length)
    value = float(np.round(rng.uniform(10, 200), 2)) if converted else 0.0
    A1.append((path, converted, value))
    print('      j(%s, %s, %s),' % (str(converted).lower(), r(value),
                                    ", ".join('"%s"' % c for c in path)))
print("journeys", len(A1), "conversions", sum(1 for _, c, _ in A1 if c),
      "value", r(sum(v for _, c, v in A1 if c)))
for k in (1, 2, 3, 4):
    base, effects, credits = chain_credits(A1, k)
    print("markov", k, "P", r(base))
    for c in sorted(effects):
        print("  ", c, "effect", r(effects[c]), "conversions", r(credits[c][0]),
              "value", r(credits[c][1]))
conv_phi = shapley_by_permutations(A1, lambda conv, val: 1.0)
value_phi = shapley_by_permutations(A1, lambda conv, val: val)
print("shapley (all orders of the players)")
for c in sorted(conv_phi):
    print("  ", c, "conversions", r(conv_phi[c]), "value", r(value_phi[c]))
