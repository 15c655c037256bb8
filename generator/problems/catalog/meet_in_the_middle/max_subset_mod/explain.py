"""A sample's explanation: one best set of items (samples are tiny, all subsets are tried)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m, a = data[0], data[1], data[2:2 + data[0]]
best_mask = max(range(1 << n), key=lambda mask: (sum(a[i] for i in range(n) if mask >> i & 1) % m, -mask))
chosen = [i for i in range(n) if best_mask >> i & 1]
total = sum(a[i] for i in chosen)
if not chosen:
    print("아무것도 고르지 않은 값 0이 가장 큽니다." if ko else "Choosing nothing (value 0) is best.")
else:
    names = ", ".join(str(i + 1) for i in chosen)
    texts = case.get("texts") or {}
    which = (f"the {texts.get('thing', 'item')} numbered {names}" if len(chosen) == 1 else
             f"the {texts.get('things', 'items')} numbered {names}")
    print(f"{names}번 {texts.get('thing', '항목')}을(를) 고르면 합 {total}, {total} mod {m} = {total % m}: 가능한 나머지 중 "
          f"가장 큽니다." if ko else
          f"Choosing {which} gives the sum {total}, and {total} mod {m} = {total % m} is the largest.")
