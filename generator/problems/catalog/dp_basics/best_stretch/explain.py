"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
a = data[1:data[0] + 1]
answer = case["output"].strip()

end, ends, start, best, span = a[0], [a[0]], 0, a[0], (0, 0)
for i in range(1, len(a)):
    if end < 0:
        end, start = a[i], i
    else:
        end += a[i]
    ends.append(end)
    if end > best:
        best, span = end, (start, i)
lo, hi = span
where_ko = f"{lo + 1}번째 하나" if lo == hi else f"{lo + 1}번째부터 {hi + 1}번째까지"
where_en = f"position {lo + 1} alone" if lo == hi else f"the run from position {lo + 1} to {hi + 1}"
listed = ", ".join(map(str, ends))
if ko:
    print(f"i번째에서 끝나는 가장 좋은 합은 a[i]에서 새로 시작하거나 i − 1번째에서 끝나는 가장 좋은 합에 a[i]를 "
          f"더한 것 중 큰 값입니다. 차례로 {listed}이고, 그중 가장 큰 값은 {where_ko}의 합 {answer}입니다.")
else:
    print(f"The best total of a run ending at position i either starts afresh at a[i] or adds a[i] to the best run "
          f"ending at i − 1. In order: {listed}; the largest is {answer}, {where_en}.")
