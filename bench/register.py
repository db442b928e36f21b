#!/usr/bin/env python3
"""A units register for the synthetic national data of `bench/generate.py`:
N communes (`Xã 00000` ...) under P provinces under one nation, spread
evenly, for `eval --units FILE --rollup`.

    python3 bench/register.py N OUT.csv [--provinces P]

3,321 communes under 63 provinces: `python3 bench/register.py 3321 units.csv`.
"""
import argparse
import pathlib

parser = argparse.ArgumentParser()
parser.add_argument("communes", type=int)
parser.add_argument("out", type=pathlib.Path)
parser.add_argument("--provinces", type=int, default=63)
args = parser.parse_args()

with open(args.out, "w", encoding="utf-8") as out:
    out.write("unit,parent,level\n")
    out.write("Việt Nam,,quốc gia\n")
    for p in range(args.provinces):
        out.write(f"Tỉnh {p:02d},Việt Nam,tỉnh\n")
    for index in range(args.communes):
        out.write(f"Xã {index:05d},Tỉnh {index % args.provinces:02d},xã\n")
