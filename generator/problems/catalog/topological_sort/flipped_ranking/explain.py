"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n = int(data[0])
m = int(data[n + 1])
answer = case["output"].strip()
if answer == "IMPOSSIBLE":
    print(f"지난 순위에서 모든 쌍의 앞뒤를 정하고 목록의 {m}쌍만 뒤집으면 순환이 생겨, 맞는 순위가 없습니다." if ko else
          f"Ordering every pair as last time and reversing the {m} listed pairs gives a cycle, so no ranking matches.")
else:
    print(f"모든 쌍의 앞뒤를 지난 순위대로 정하고 목록의 {m}쌍만 뒤집은 뒤 위상 정렬하면 {answer} 순서 하나만 나옵니다." if ko else
          f"Ordering every pair as last time, reversing the {m} listed pairs and sorting topologically gives the only ranking {answer}.")
