"""Build ``countries.csv`` from ``country_overlay.csv`` and pycountry.

The overlay is hand-curated (news names, aliases, demonyms, capitals, Wikidata ids,
UN membership); ISO codes and ISO names always come from pycountry, never typed by hand,
except the user-assigned codes of :data:`USER_ASSIGNED` (Kosovo, ``XKX``).

Usage::

    python data/codebook/build_countries.py           # (re)write countries.csv
    python data/codebook/build_countries.py --check   # exit 1 if countries.csv is stale
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
OVERLAY = HERE / "country_overlay.csv"
OUTPUT = HERE / "countries.csv"
COLUMNS = [
    "id", "iso2", "name", "iso_name", "official_name", "aliases", "demonyms",
    "capital", "capital_aliases", "wikidata", "capital_wikidata", "un_member",
]  # fmt: skip


@dataclass(frozen=True)
class _Assigned:
    alpha_3: str
    alpha_2: str
    name: str
    official_name: str = ""


#: States ISO 3166-1 has no code for, under the user-assigned codes the field uses
#: (ISO reserves X** for user assignment): Kosovo is XK / XKX at the European Commission,
#: the IMF, the World Bank and in the CLDR locale data.
USER_ASSIGNED = {"XKX": _Assigned("XKX", "XK", "Kosovo", "Republic of Kosovo")}


def split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def build_rows() -> list[dict[str, str]]:
    with open(OVERLAY, encoding="utf-8", newline="") as f:
        overlay = list(csv.DictReader(f))
    rows, seen = [], set()
    for n, row in enumerate(overlay, start=2):
        cid = (row.get("id") or "").strip()
        if cid in seen:
            raise SystemExit(f"country_overlay.csv line {n}: duplicate id {cid!r}")
        seen.add(cid)
        country = pycountry.countries.get(alpha_3=cid) if len(cid) == 3 else None
        country = country or USER_ASSIGNED.get(cid)
        if country is None or country.alpha_3 != cid:
            raise SystemExit(
                f"country_overlay.csv line {n}: {cid!r} is not an ISO 3166-1 alpha-3 code"
                " in pycountry"
            )
        name = row["name"].strip()
        if not name:
            raise SystemExit(f"country_overlay.csv line {n}: {cid}: empty name")
        iso_name = country.name
        official = getattr(country, "official_name", "") or ""
        aliases = [a for a in split(row.get("aliases", "")) if a != name]
        for extra in (iso_name, official):
            if extra and extra != name and extra not in aliases:
                aliases.append(extra)
        rows.append(
            {
                "id": cid,
                "iso2": country.alpha_2,
                "name": name,
                "iso_name": iso_name,
                "official_name": official,
                "aliases": "|".join(aliases),
                "demonyms": "|".join(split(row.get("demonyms", ""))),
                "capital": (row.get("capital") or "").strip(),
                "capital_aliases": "|".join(split(row.get("capital_aliases", ""))),
                "wikidata": (row.get("wikidata") or "").strip(),
                "capital_wikidata": (row.get("capital_wikidata") or "").strip(),
                "un_member": (row.get("un_member") or "").strip(),
            }
        )
    rows.sort(key=lambda r: r["id"])
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if countries.csv would change")
    args = ap.parse_args(argv)
    text = render(build_rows())
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
    if args.check:
        if current != text:
            print(f"{OUTPUT} is out of date: run `make codebook`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUTPUT.write_text(text, encoding="utf-8", newline="")
    print(f"{OUTPUT.name}: {text.count(chr(10)) - 1} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
