#!/usr/bin/env python3
"""Reliability of the aligner's confidences: for each confidence band, how many rows are right.

usage: reliability.py GOLD HYP [GOLD HYP ...]
A row counts as right when a gold bead has exactly its English and Vietnamese sentences.
"""
import re
import sys

BEAD = re.compile(r'\[([^\]]*)\]:\[([^\]]*)\](?::([0-9.]+))?')
BANDS = [(0.9, 1.01), (0.7, 0.9), (0.5, 0.7), (0.3, 0.5), (0.0, 0.3)]


def beads(path):
    for line in open(path, encoding='utf-8'):
        match = BEAD.match(line.strip())
        if match:
            en = tuple(int(x) for x in match.group(1).split(',') if x.strip())
            vi = tuple(int(x) for x in match.group(2).split(',') if x.strip())
            yield en, vi, float(match.group(3)) if match.group(3) else None


def main(args):
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    counts = {band: [0, 0] for band in BANDS}
    for gold_path, hyp_path in zip(args[0::2], args[1::2]):
        if not gold_path.endswith('.txt'):
            gold_path += '/gold.txt'
        gold = {(en, vi) for en, vi, _ in beads(gold_path)}
        for en, vi, confidence in beads(hyp_path):
            for band in BANDS:
                if band[0] <= confidence < band[1]:
                    counts[band][0] += 1
                    counts[band][1] += (en, vi) in gold
    print('confidence   rows   right')
    for low, high in BANDS:
        rows, right = counts[(low, high)]
        share = f'{right / rows:.3f}' if rows else '   - '
        print(f'[{low:.1f}, {min(high, 1.0):.1f}{"]" if high > 1 else ")"} {rows:6d}   {share}')


if __name__ == '__main__':
    main(sys.argv[1:])
