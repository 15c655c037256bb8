"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Shows the bracket round by round after the first change, then names the finalists of every change."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n, q = tokens[0], tokens[1]
s = [0] + tokens[2:2 + n]
lines = case["output"].strip().split("\n")
texts = case.get("texts") or {}  # the theme's words, as in the statement
player = texts.get("player", "선수" if ko else "player")
strength = texts.get("strength", "점수" if ko else "score")


def rounds():
    players, shown = list(range(1, n + 1)), []
    while len(players) > 1:
        players = [a if s[a] > s[b] or (s[a] == s[b] and a < b) else b
                   for a, b in zip(players[::2], players[1::2])]
        shown.append(", ".join(map(str, players)))
    return shown


i, x = tokens[2 + n], tokens[3 + n]
s[i] = x
stages = " → ".join(f"[{r}]" for r in rounds())
finals = "; ".join(f"{line.split()[0]}/{line.split()[1]}" for line in lines)
if ko:
    print(f"첫 변경({i}번 {player}의 {strength} → {x}) 뒤 라운드별 승자는 {stages}입니다. 변경마다 우승자/준우승자는 {finals}입니다.")
else:
    print(f"After the first change ({player} {i} gets {strength} {x}) the winners of each round are {stages}. The champion/other "
          f"finalist after each change: {finals}.")
