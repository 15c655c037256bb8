"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import Counter

case = json.load(sys.stdin)
ko = case["language"] == "ko"
counts = Counter(case["input"].split()[1])
answer = case["output"].split()[0]
listed = ", ".join(f"`{c}` {counts[c]}" for c in sorted(counts))
odd = [f"`{c}`" for c in sorted(counts) if counts[c] % 2]
if answer == "-1":
    if ko:
        text = f"글자 수는 {listed}입니다. 홀수 번 나오는 글자가 둘 이상({', '.join(odd)})이므로 팰린드롬을 만들 수 없습니다."
    else:
        text = f"The letter counts are {listed}. {', '.join(odd)} occur an odd number of times; with two or more such letters no palindrome exists."
else:
    # A witness, not the construction (half of each letter in alphabetical order): the answer uses these letters and
    # reads the same both ways, and another palindrome of them (the letters' halves in reverse order) comes later.
    half = "".join(c * (counts[c] // 2) for c in sorted(counts, reverse=True))
    other = half + (odd[0].strip("`") if odd else "") + half[::-1]
    if ko:
        later = f" `{other}`처럼 이 글자들로 만든 다른 팰린드롬은 사전 순으로 더 뒤에 옵니다." if other != answer else ""
        text = f"글자 수는 {listed}입니다. `{answer}`은(는) 이 글자들을 모두 쓰고 앞뒤로 읽어도 같습니다.{later}"
    else:
        later = (f" Other palindromes of these letters, such as `{other}`, come later in lexicographic order."
                 if other != answer else "")
        text = (f"The letter counts are {listed}. `{answer}` uses exactly these letters and reads the same in both "
                f"directions.{later}")
print(text)
