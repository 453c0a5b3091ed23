#!/usr/bin/env python3
"""Coverage of docs/people-checklist.tsv: looks each holder up in dict/ on the
checklist date and checks the name resolves to the slot's country.
Usage: tools/people_checklist.py [DATE]   (run from the repository root after make)"""
import subprocess, sys
date = sys.argv[1] if len(sys.argv) > 1 else '2026-11-29'
filled = total = 0
for line in open('docs/people-checklist.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    country, role, name = line.rstrip('\n').split('\t')
    if name == '-':
        continue
    total += 1
    if name == '?':
        print(f'open   {country} {role}')
        continue
    if name == '=':
        filled += 1
        continue
    out = subprocess.run(['./dyad', 'dict', 'lookup', name, '--date', date],
                         capture_output=True, text=True).stdout.split('\n')[0]
    code = out.split('→ actor ')[1].split()[0] if '→ actor ' in out else ''
    # Charles III is coded GBRGOV also as king of Canada and Australia
    if code.startswith(country) or (country in ('CAN', 'AUS') and code == 'GBRGOV'):
        filled += 1
    else:
        print(f'WRONG  {country} {role} {name}: {out}')
print(f'{filled}/{total} slots filled')
