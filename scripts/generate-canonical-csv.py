#!/usr/bin/env python3
"""Writes an invented Werkkracht canonical CSV of about SIZE megabytes (for scripts/import-bench.sh).

Every line is a distinct observation (measure x region x sector x period x price basis) over the shipped
code lists; the values are made up (a deterministic pseudo-random walk) and mean nothing.
Usage: generate-canonical-csv.py OUT.csv SIZE_MB
"""
import csv
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                    "statdata/src/main/resources/nl/werkkracht/statdata/codelist")


def codes(name):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        return [row["code"] for row in csv.DictReader(f)]


MEASURES = [("GVA", "MIO_EUR", "CP"), ("GVA", "MIO_EUR", "PYP"), ("GDP", "MIO_EUR", "CP"), ("GDP", "MIO_EUR", "PYP"),
            ("COMP", "MIO_EUR", "CP"), ("LAB_COMP", "MIO_EUR", "CP"), ("CAP_COMP", "MIO_EUR", "CP"),
            ("HOURS", "MIO_HW", ""), ("EMPLOYEE_HOURS", "MIO_HW", ""), ("FTE", "THS_FTE", ""), ("JOBS", "THS_JOB", ""),
            ("PERSONS", "THS_PER", ""), ("EMPLOYEES", "THS_PER", "")]


def main():
    out, size_mb = sys.argv[1], float(sys.argv[2])
    limit = int(size_mb * 1024 * 1024)
    regions, sectors = codes("regions.csv"), codes("sectors.csv")
    periods = [str(y) for y in range(1950, 2030)] + [f"{y}Q{q}" for y in range(1950, 2030) for q in range(1, 5)]
    written = 0
    x = 12345
    with open(out, "w", encoding="utf-8", newline="") as f:
        header = "measure,region,sector,period,value,unit,price_basis,status\n"
        f.write(header)
        written += len(header)
        for period in periods:
            for region in regions:
                lines = []
                for sector in sectors:
                    for measure, unit, basis in MEASURES:
                        x = (x * 1103515245 + 12345) % 2147483648
                        lines.append(f"{measure},{region},{sector},{period},{x % 1000000 / 100:.2f},{unit},{basis},\n")
                chunk = "".join(lines)
                f.write(chunk)
                written += len(chunk)
                if written >= limit:
                    return
    sys.exit("the code lists give fewer observations than asked for")


main()
