"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, target = tokens[0], tokens[1]
a = tokens[2:2 + n]


def best_of_length(length):
    """(largest total of `length` consecutive values, its first index), the leftmost on a tie."""
    return max((sum(a[i:i + length]), -i) for i in range(n - length + 1))


answer = next((length for length in range(1, n + 1) if best_of_length(length)[0] >= target), -1)
if answer == -1:
    top = max(sum(a[i:j]) for i in range(n) for j in range(i + 1, n + 1))
    print(f"어떤 구간을 골라도 합은 많아야 {top}이고 S = {target}보다 작으므로 답은 -1입니다." if ko else
          f"No stretch totals {target} or more: the largest total of any stretch is {top}, so the answer is -1.")
else:
    total, start = best_of_length(answer)
    start = -start
    terms = " + ".join(f"({x})" if x < 0 else str(x) for x in a[start:start + answer])
    where = f"a_{start + 1}" + (f"..a_{start + answer}" if answer > 1 else "")
    if answer == 1:
        why = ""
    else:
        shorter = max(best_of_length(length)[0] for length in range(1, answer))
        why = (f" 이보다 짧은 구간의 합은 많아야 {shorter}이므로 S에 미치지 못합니다." if ko else
               f" Every shorter stretch totals at most {shorter}, less than S.")
    if answer == 1:
        print(f"{where} = {total}은(는) 혼자서 S = {target} 이상이므로 답은 1입니다." if ko else
              f"{where} = {total} alone is at least S = {target}, so the answer is 1.")
    elif ko:
        print(f"{where}의 합은 {terms} = {total}(으)로 S = {target} 이상입니다.{why} 따라서 답은 {answer}입니다.")
    else:
        print(f"The stretch {where} totals {terms} = {total}, at least S = {target}.{why} So the answer is {answer}.")
