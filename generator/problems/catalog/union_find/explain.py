"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
out = case["output"]
if variant in ("static_groups", "online_queries"):
    answers = out.split()
    yes = answers.count("YES")
    print(f"첫 번째 질문의 답은 {answers[0]}이고, 질문 {len(answers)}개 중 {yes}개의 답이 YES입니다." if ko else
          f"The first question is answered {answers[0]}; in all, {yes} of {len(answers)} "
          f"{'answer is' if len(answers) == 1 else 'answers are'} YES.")
elif variant == "group_stats":
    rows = out.strip().split("\n")
    first, last = rows[0].split(), rows[-1].split()
    if ko:
        print(f"첫 번째 연결 후에는 무리가 {first[0]}개이고 가장 큰 무리의 크기는 {first[1]}입니다. "
              f"마지막 연결 후에는 무리가 {last[0]}개이고 가장 큰 무리의 크기는 {last[1]}입니다.")
    else:
        def groups(k):
            return "1 group" if k == "1" else f"{k} groups"

        print(f"After the first link: {groups(first[0])}, the largest with {first[1]} members; "
              f"after the last one: {groups(last[0])}, the largest with {last[1]} members.")
else:
    total = int(out.split()[0])
    if total < 0:
        print("모두 연결할 수 없으므로 -1입니다." if ko else "Not everything can be connected, so the answer is -1.")
    else:
        print(f"모두 연결하는 최소 비용은 {total}입니다." if ko else f"The cheapest way to connect everything costs {total}.")
