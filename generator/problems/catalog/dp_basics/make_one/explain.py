"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
counts = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()

top = max(counts)
best = [0] * (top + 1)
for i in range(2, top + 1):
    best[i] = best[i - 1] + 1
    if i % 2 == 0:
        best[i] = min(best[i], best[i // 2] + 1)
    if i % 3 == 0:
        best[i] = min(best[i], best[i // 3] + 1)


def chain(n):
    """One shortest sequence of numbers from n to 1, read back from the table."""
    seq = [n]
    while n > 1:
        if n % 3 == 0 and best[n // 3] == best[n] - 1:
            n //= 3
        elif n % 2 == 0 and best[n // 2] == best[n] - 1:
            n //= 2
        else:
            n -= 1
        seq.append(n)
    return seq


shown = []
for n, a in zip(counts, answers):
    if n == 1:
        continue
    seq = chain(n)
    if len(seq) > 12:
        path = " → ".join(map(str, seq[:4])) + " → … → " + " → ".join(map(str, seq[-3:]))
    else:
        path = " → ".join(map(str, seq))
    shown.append(f"{n}: {path} ({a})")
    if len(shown) == 3:
        break
if ko:
    head = ("best[1] = 0이고, best[i] = 1 + min(best[i − 1], best[i / 2], best[i / 3])입니다(나눌 수 있을 때만). "
            "1부터 차례로 표를 채우면 각 질문은 표에서 바로 답합니다. 예: ")
    tail = "" if len(shown) == len([n for n in counts if n > 1]) else " 나머지 질문도 같은 표로 답합니다."
    if 1 in counts:
        tail += " 1은 이미 1이므로 0입니다."
else:
    head = ("best[1] = 0 and best[i] = 1 + min(best[i − 1], best[i / 2], best[i / 3]), each division only where it is "
            "allowed. Filling the table from 1 upwards answers every question from it. For example: ")
    tail = "" if len(shown) == len([n for n in counts if n > 1]) else " The other questions are read from the same table."
    if 1 in counts:
        tail += " 1 is already 1, so its answer is 0."
print(head + "; ".join(shown) + "." + tail)
