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
elif ko:
    middle = f" 홀수 번 나오는 {odd[0]} 하나는 가운데에 둡니다." if odd else ""
    text = f"글자 수는 {listed}입니다. 왼쪽 절반에 각 글자의 절반을 알파벳 순으로 놓고 오른쪽은 대칭으로 채웁니다.{middle} 답은 `{answer}`입니다."
else:
    middle = f" The spare copy of {odd[0]} goes in the middle." if odd else ""
    text = f"The letter counts are {listed}. The left half takes half of each letter in alphabetical order and the right half mirrors it.{middle} The answer is `{answer}`."
print(text)
