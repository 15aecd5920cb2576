import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--954941", [
    ("[[Sprouse]] revealed", "revealed", "You know what, it's hard ~~ worked to do this", I),
], ["E! News"])
annotate(E, "maj--926697", [])
annotate(E, "maj--903840", [
    ("Serena Williams", "announced", "she won’t defend her Australian Open title", N),
    ("The 23-time Grand Slam winner", "winner [[said]]", "she is “super close” ~~ her first child", S),
    ("Her post", "read", "My coach and team ~~ everyone at the Australian Open.", S),
    ("[[The Australian Open]] tweeted", "tweeted", None, S),
    ("[[The Australian Open]] tweeted", "saying", "Good luck for the rest of 2018, Serena! ~~ We'll miss you", S),
], [])
annotate(E, "maj--925528", [
    ("one enamored Twitter user", "wrote", "Not to be dramatic but I’m in love with every single dog in this", S),
], [])
annotate(E, "maj--201837745", [
    ("The model and actress", "took to Instagram", None, S),
    ("Setting the record straight, [[Munn]]", "denied", None, N),
    ("[[Olivia Munn]] went", "went on to upload", None, S),
    ("[[she]] shut down", "shut down", None, N),
    ("[[She]] took to IG", "took to IG", "#fbf #girlfriends.", S),
], [])
annotate(E, "ffn-valid-559", [
    ("The 20-year-old", "posted", None, S),
    ("[[Ky]] wrote", "wrote", "Can they get any cuter?", S),
], [])
annotate(E, "maj--4953360352", [
    ("Selena Gomez", "repeated", "The reason why she has been ~~ you changed my life.", N),
], [])
