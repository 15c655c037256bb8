"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
The rising triples by position (the first eight); for 0, every rising pair of positions and, for each, that no later
value is larger than its second value."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
a = nums[1:1 + nums[0]]
triples = [(i + 1, j + 1, k + 1) for i, j, k in combinations(range(len(a)), 3) if a[i] < a[j] < a[k]]
shown = ", ".join(f"({i}, {j}, {k})" for i, j, k in triples[:8]) + (", …" if len(triples) > 8 else "")
answer = case["output"].split()[0]
# for the 0 case: the rising pairs, none of which has a larger value after its second position
pairs = [(i, j) for i, j in combinations(range(len(a)), 2) if a[i] < a[j]]
listed = ", ".join(f"({i + 1}, {j + 1}): {a[i]} < {a[j]}" for i, j in pairs)
ends = sorted({j for _, j in pairs})
if ko:
    if len(triples) == 1:
        i, j, k = triples[0]
        text = f"증가하는 세 수는 위치 ({i}, {j}, {k})의 {a[i - 1]} < {a[j - 1]} < {a[k - 1]} 하나뿐입니다."
    elif triples:
        text = f"증가하는 세 수는 모두 {answer}가지이고, 그 위치는 {shown}입니다."
    elif pairs:
        after = "고, ".join(f"위치 {j + 1} 뒤에 {a[j]}보다 큰 값이 없" for j in ends)
        first = "값이 커지는 위치 쌍은 " + ("하나뿐입니다" if len(pairs) == 1 else "다음과 같습니다")
        text = (f"{first}: {listed}. 그런데 {after}으므로, 어느 쌍에도 더 큰 세 번째 값을 이어 붙일 수 없습니다. "
                f"따라서 답은 0입니다.")
    elif len(a) >= 3:
        text = "앞의 값보다 큰 값이 뒤에 한 번도 나오지 않으므로 증가하는 세 수가 없고, 답은 0입니다."
    else:
        text = "수가 세 개보다 적어 세 수를 고를 수 없으므로 답은 0입니다."
else:
    if len(triples) == 1:
        i, j, k = triples[0]
        text = f"The only rising triple is at positions ({i}, {j}, {k}): {a[i - 1]} < {a[j - 1]} < {a[k - 1]}."
    elif triples:
        text = f"The rising triples are at positions {shown}: {answer} in all."
    elif pairs:
        after = ", ".join(f"after position {j + 1} nothing is larger than {a[j]}" for j in ends)
        first = "The only rising pair of positions is" if len(pairs) == 1 else "The rising pairs of positions are"
        text = (f"{first} {listed}. But {after}, so no pair can be extended by a larger third value, and the answer "
                f"is 0.")
    elif len(a) >= 3:
        text = "No value is larger than any value before it, so there is no rising triple and the answer is 0."
    else:
        text = "With fewer than three values no triple can be chosen, so the answer is 0."
print(text)
