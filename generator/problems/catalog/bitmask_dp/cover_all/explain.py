"""A sample's explanation, computed from the sample: one cheapest choice of offers (every subset; samples are
small)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
offers, pos = [], 2
for _ in range(m):
    cost, size = data[pos], data[pos + 1]
    offers.append((cost, set(data[pos + 2:pos + 2 + size])))
    pos += 2 + size
best = None
for chosen in range(1 << m):
    picked = [i for i in range(m) if chosen >> i & 1]
    covered = set().union(*(offers[i][1] for i in picked)) if picked else set()
    total = sum(offers[i][0] for i in picked)
    if len(covered) == n and (best is None or total < best[0]):
        best = (total, picked)
if best is None:
    # when every offer is bought, these are still missing: no offer provides them
    missing = ", ".join(str(x) for x in range(1, n + 1) if not any(x in things for _, things in offers))
    texts = case.get("texts") or {}
    thing, offer = texts.get("thing", "항목" if ko else "item"), texts.get("offer", "상품" if ko else "offer")
    offers_word = texts.get("offers", offer + "s")


    print(f"{missing}번 {thing}을(를) 제공하는 {offer}이(가) 없으므로 {offer}을(를) 모두 사도 빠집니다. "
          f"따라서 답은 -1입니다." if ko else
          f"No {offer} provides {thing} {missing}, so even buying all the {offers_word} leaves it out: the answer is -1.")
else:
    names = ", ".join(str(i + 1) for i in best[1])
    offers_word = (case.get("texts") or {}).get("offers", "offers")
    print(f"{names}번을 사면 모두 제공되고 가격 합은 {best[0]}이며, 이보다 싼 조합은 없습니다." if ko
          else f"Buying {offers_word} {names} provides everything for {best[0]}, and no cheaper choice does.")
