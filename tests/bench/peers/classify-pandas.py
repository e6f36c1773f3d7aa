"""
The pandas peer of classifyAll: the segmentation rules (lib/segmentation, defaults of
lib/segmentation/settings.ts) written the way a data analyst would write them in pandas,
run on the same generated account the segmentation bench classifies.

It covers what the generated account exercises: order counting (status, duplicates,
future and unreadable rows, refunds), the derived metrics, the stage, the account's
percentiles (type 7, as numpy), the category with its flags, the profit subgroup and the
revenue percentile rank. It does not build the explanation sentences, the next step or
the confidence, which classifyAll also does: the comparison flatters pandas, not Rung.

Usage: python3 classify-pandas.py <dir> <as-of YYYY-MM-DD>
Reads <dir>/customers.csv and <dir>/orders.csv (not timed), classifies (timed, best of
three by wall time, with that run's CPU time), writes <dir>/pandas-results.csv (customer, stage, category, subgroup) so the
bench can check that both sides agree, and prints one JSON line with the timing.
"""

import json
import sys
import time

import numpy as np
import pandas as pd

COUNTED = {"paid", "pending", "partially_refunded", "overdue"}
NOT_COUNTED = {"refunded", "cancelled", "failed", "voided"}

S_REPEAT, S_CLIENT, S_TENURE = 2, 4, 180
ADV_REFS, ADV_NPS, PARTNER_REFS = 1, 9, 3
DEAD_DAYS = 365
TICKETS_PER_ORDER, LATE_PAYMENTS, SUPPORT_SHARE = 0.5, 2, 0.3
DISCOUNT_SHARE, AOV_PCT, FALLBACK_AOV = 0.5, 40, 50
DEVOTED_WINDOW = 365
HP_PCT, HP_REVENUE, HP_LARGEST, HP_DEAL = 95, 5000, 2000, 10_000
MIN_CUSTOMERS = 20
MARGIN, TICKET_COST = 0.4, 15
PROFITABLE_PCT, UNPROFITABLE_PCT = 67, 33
FALLBACK_PROFITABLE, FALLBACK_UNPROFITABLE = 500, 0


def classify(customers: pd.DataFrame, orders: pd.DataFrame, as_of: str) -> pd.DataFrame:
    as_of_day = (pd.Timestamp(as_of) - pd.Timestamp("1970-01-01")).days
    o = orders
    # Counting rules: duplicates of an id, cancelled/refunded statuses, future rows,
    # unreadable or negative totals and fully refunded rows do not count.
    o = o[~o.duplicated(["customer", "id"])]
    status = o["status"].fillna("paid").str.strip().str.lower()
    o = o[~status.isin(NOT_COUNTED)]
    day = (
        pd.to_datetime(o["placedAt"].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
        .values.astype("datetime64[D]")
        .astype("int64")
    )
    day = np.where(pd.isna(o["placedAt"]).values, np.iinfo(np.int64).min, day)
    dated = day != np.iinfo(np.int64).min
    total = o["total"].values
    refunded = np.nan_to_num(o["refunded"].values, nan=0.0)
    refunded = np.where(refunded > 0, refunded, 0.0)
    keep = ~(dated & (day > as_of_day)) & np.isfinite(total) & (total >= 0)
    keep &= ~((refunded > 0) & (refunded >= total))
    o = o[keep].copy()
    o["day"] = np.where(dated[keep], day[keep], np.nan)
    o["net"] = total[keep] - refunded[keep]
    disc = o["discount"].values
    known = np.isfinite(disc) & (disc >= 0)
    o["discountKnown"] = known
    o["discounted"] = known & (disc > 0)
    in_window = o["day"].values >= as_of_day - DEVOTED_WINDOW
    o["inWindow"] = in_window
    o["inWindowUndiscounted"] = in_window & known & (disc == 0)

    g = o.groupby("customer", sort=False)
    per = g.agg(
        counted=("net", "size"),
        net=("net", "sum"),
        largest=("net", "max"),
        discountKnown=("discountKnown", "sum"),
        discounted=("discounted", "sum"),
        firstDay=("day", "min"),
        lastDay=("day", "max"),
        dated=("day", "count"),
        inWindow=("inWindow", "sum"),
        inWindowUndiscounted=("inWindowUndiscounted", "sum"),
    )
    # Median gap between consecutive orders (sorted by day within each customer).
    od = o[["customer", "day"]].sort_values(["customer", "day"])
    od["gap"] = od.groupby("customer", sort=False)["day"].diff()
    per["medianGap"] = od.groupby("customer", sort=False)["gap"].median()

    c = customers.set_index("customer").join(per, how="left")
    counted = c["counted"].fillna(0)
    has = counted > 0
    net = c["net"].where(has)
    aov = net / counted.where(has)
    share = (c["discounted"] / c["discountKnown"]).where(c["discountKnown"] > 0)
    tickets = c["tickets"].where(c["tickets"] >= 0)
    support = tickets * TICKET_COST
    profit = (net * MARGIN - support.fillna(0)).where(has)
    since = as_of_day - c["lastDay"]
    tenure = c["lastDay"] - c["firstDay"]
    per_order = (tickets / counted).where(has)
    late = c["latePayments"].where(c["latePayments"] >= 0)
    refs = c["referrals"].where(c["referrals"] >= 0)
    nps = c["nps"].where((c["nps"] >= 0) & (c["nps"] <= 10))
    deal = c["openDealAmount"].where(c["openDealAmount"] >= 0)
    complete = c["dated"].fillna(0) == counted

    client = (counted >= S_CLIENT) & (tenure >= S_TENURE)
    advocate = (refs >= ADV_REFS) | (nps >= ADV_NPS)
    stage = np.select(
        [
            client & advocate & (refs >= PARTNER_REFS),
            client & advocate,
            client,
            counted >= S_REPEAT,
            counted >= 1,
            deal.notna(),
        ],
        ["partner", "advocate", "client", "repeat", "first-time", "prospect"],
        "suspect",
    )
    c["stage"] = stage

    # The account's percentiles, over its customers who have ordered.
    c["account"] = c["crm"] + "/" + c["account"]
    c["net_"], c["aov_"], c["largest_"], c["profit_"] = net, aov, c["largest"], profit
    c["has_"] = has
    ordered = c[has]
    acc = ordered.groupby("account")
    n_ordered = acc.size()
    applies = n_ordered >= MIN_CUSTOMERS
    q = acc.agg(
        aovT=("aov_", lambda s: s.quantile(AOV_PCT / 100)),
        revT=("net_", lambda s: s.quantile(HP_PCT / 100)),
        bigT=("largest_", lambda s: s.quantile(HP_PCT / 100)),
    ).where(applies.reindex(n_ordered.index), np.nan)
    c = c.join(q, on="account")
    pct = c["account"].map(applies).fillna(False).astype(bool)
    quant = {
        k: np.quantile(v.dropna().values, np.arange(101) / 100)
        for k, v in ordered.groupby("account")["net_"]
        if applies.get(k, False)
    }
    rank = pd.Series(np.nan, index=c.index)
    for k, table in quant.items():
        mask = (c["account"] == k) & net.notna()
        r = np.searchsorted(table, net[mask].values, side="right") - 1
        rank[mask] = np.maximum(r, 0)
    c["revenuePercentile"] = rank
    bands = ordered[ordered["profit_"].notna()].groupby(["account", "stage"])["profit_"]
    band = bands.agg(
        n="size",
        low=lambda s: s.quantile(UNPROFITABLE_PCT / 100),
        high=lambda s: s.quantile(PROFITABLE_PCT / 100),
    )
    band = band[band["n"] >= MIN_CUSTOMERS]
    c = c.join(band[["low", "high"]], on=["account", "stage"])

    dead = has & (since > DEAD_DAYS)
    cost_share = np.where(net > 0, support / net, np.inf)
    demanding = has & (
        (per_order >= TICKETS_PER_ORDER)
        | (late >= LATE_PAYMENTS)
        | ((support > 0) & net.notna() & (cost_share >= SUPPORT_SHARE))
    )
    aov_limit = np.where(pct & c["aovT"].notna(), c["aovT"], FALLBACK_AOV)
    seeker = has & share.notna() & aov.notna() & (share >= DISCOUNT_SHARE) & (aov <= aov_limit)
    window_full = complete & (c["inWindow"] > 0) & (c["inWindowUndiscounted"] == c["inWindow"])
    devoted = c["stage"].isin(["advocate", "partner"]) | ((c["stage"] == "client") & window_full)
    rev_limit = np.where(pct, c["revT"], HP_REVENUE)
    big_limit = np.where(pct, c["bigT"], HP_LARGEST)
    hp = c["stage"].isin(["suspect", "prospect", "first-time", "repeat"]) & (
        (has & (net >= rev_limit))
        | (has & (c["largest"] >= big_limit))
        | (deal >= HP_DEAL)
    )
    rules = [
        ("dead", dead),
        ("demanding", demanding),
        ("discount-seeker", seeker),
        ("devoted", devoted),
        ("high-potential", hp),
    ]
    category = np.select(
        [m.values for _, m in rules] + [has.values],
        [name for name, _ in rules] + ["core"],
        "unrated",
    )
    matched = pd.DataFrame({name: m.values for name, m in rules}, index=c.index)
    flags = matched.sum(axis=1) - matched.any(axis=1)

    banded = c["high"].notna()
    sub_band = np.where(
        profit <= 0,
        "unprofitable",
        np.where(
            profit >= c["high"],
            "profitable",
            np.where(profit < c["low"], "unprofitable", "middling"),
        ),
    )
    sub_fallback = np.where(
        profit >= FALLBACK_PROFITABLE,
        "profitable",
        np.where(profit <= FALLBACK_UNPROFITABLE, "unprofitable", "middling"),
    )
    subgroup = np.where(profit.isna(), "", np.where(banded, sub_band, sub_fallback))
    return pd.DataFrame(
        {
            "stage": c["stage"].values,
            "category": category,
            "flags": flags.values,
            "subgroup": subgroup,
            "revenuePercentile": c["revenuePercentile"].values,
            "medianGap": c["medianGap"].values,
        },
        index=c.index,
    )


def main() -> None:
    folder, as_of = sys.argv[1], sys.argv[2]
    customers = pd.read_csv(f"{folder}/customers.csv", dtype={"crm": str, "account": str})
    orders = pd.read_csv(
        f"{folder}/orders.csv",
        dtype={"id": str, "placedAt": str, "status": str, "currency": str},
    )
    best, best_cpu = float("inf"), float("inf")
    result = None
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = classify(customers, orders, as_of)
        wall = time.perf_counter() - start
        if wall < best:
            best, best_cpu = wall, time.process_time() - start_cpu
    assert result is not None
    result.to_csv(f"{folder}/pandas-results.csv", index_label="customer")
    print(
        json.dumps(
            {
                "ms": best * 1000,
                "cpuMs": best_cpu * 1000,
                "customers": len(customers),
                "orders": len(orders),
                "pandas": pd.__version__,
                "numpy": np.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
