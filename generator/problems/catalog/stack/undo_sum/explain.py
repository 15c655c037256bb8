"""A sample's explanation from its input: what each 0 erases and what remains."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
amount = texts.get("amount", "값" if ko else "amount")
amounts = texts.get("amounts", "amounts")
sheet = texts.get("sheet", "기록" if ko else "list")
on = "in" if sheet in ("logbook", "ledger") else "on"  # written in a book, on a receipt or scoreboard
toks = case["input"].split()
k = int(toks[0])
stack, erased = [], []
for tok in toks[1:1 + k]:
    x = int(tok)
    if x == 0:
        erased.append(stack.pop())
    else:
        stack.append(x)
total = f"{' + '.join(map(str, stack))} = {sum(stack)}" if len(stack) > 1 else str(sum(stack))  # not '16 = 16'
if ko:
    gone = (f"0 때문에 {'차례로 ' if len(erased) > 1 else ''}{', '.join(map(str, erased))}이(가) 지워집니다. "
            if erased else "")
    print(f"{gone}{sheet}에 남은 {amount}의 합은 {total}입니다.")
else:
    gone = (f"The zeros erase {', '.join(map(str, erased))} in turn; " if len(erased) > 1 else
            f"The zero erases {erased[0]}; " if erased else "")
    print(f"{gone}the {amounts} left {on} the {sheet} sum to {total}." if gone else
          f"No zero comes, so the {amounts} {on} the {sheet} sum to {total}.")
