"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
answer = case["output"].split()[0]
if answer == "-1":
    print("S에서 T로 가는 길이 벽으로 막혀 있으므로 -1입니다." if ko else "Walls cut T off from S, so the answer is -1.")
else:
    segments = int(answer) + 1
    print(f"S에서 T까지 곧은 구간 {segments}개로 갈 수 있어 방향은 {answer}번 바꾸면 되고, 더 적은 구간으로는 갈 수 없습니다." if ko else
          f"S reaches T in {segments} straight {'segment' if segments == 1 else 'segments'}, so {answer} "
          f"{'turn is' if answer == '1' else 'turns are'} enough, and fewer segments cannot do it.")
