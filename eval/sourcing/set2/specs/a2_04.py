import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--945610", [
    ("Much of the coverage", "mused on", "its inadvertent timeliness", O),
], chain=[], also_cites=[])

annotate(E, "maj--903711", [
    ("[[Ansel Elgort]] showed off", "showed off", None, S),
    ("[[Ansel Elgort]] showed off", "and [[shared]] it", None, S),
    ("[[Ansel]] tweeted", "tweeted", "Nyc snowstorm no worries baby will give u a ride", S),
], chain=[], also_cites=[])

annotate(E, "maj--917865", [
    ("[[she]] wrote in the caption, causing", "she [[wrote]] in the caption, causing", "💗 Kyoto Khlo 💗", S),
    ("[[Kardashian]] wrote", "Kardashian [[wrote]]", "Bamboo Forest with my 🐼", S),
    ("day [[she]] shared", "day she [[shared]]", None, S),
    ("[[She]] wrote,", "She [[wrote]],", "💙 有難い 💙", S),
    ("January, [[Kardashian]] shared", "January, Kardashian [[shared]]", None, S),
    ("since [[she]] confirmed", "confirmed", "her pregnancy", N),
    ("blooms [[she]] shared", "blooms she [[shared]]", None, S),
    ("When [[she]] shared", "When she [[shared]]", None, S),
    ("[[Kardashian]] shared the caption", "Kardashian [[shared]] the caption", "I guess this is my favorite filter.", S),
], chain=[], also_cites=[])

annotate(E, "maj--926451", [
    ("[[She]] told Ellen", "She [[told]] Ellen", "she's due in June", I),
], chain=[], also_cites=[])

annotate(E, "ffn-valid-388", [
    ("[[Kim Kardashian]] is facing", "posting", None, S),
    ("A caption", "reads", "by North", S),
    ("people", "calling", "disturbing\" and \"messed up", S),
    ("Piers Morgan", "wrote", "the photo was \"pathetic & creepy", N),
    ("others", "defended", None, A),
    ("others", "photo [[saying]]", "they're glad Kardashian \"does whatever... ~~ she wants now", A),
    ("Kardshian", "previously said", "she shows more skin now that she's a mother", I),
    ("[[she]] said.", "she [[said]].", "I mean at the beginning ~~ just doesn't count", N),
    ("[[Kardashian]] added", "added", "despite becoming a mother she prioritizes taking \"5% or 10% for yourself a day", N),
    ("[[she]] continued in Elle", "she [[continued]]", "It won't just make the difference in your confidence, but also your sanity", I),
    ("The reality star", "concluded", "I think once you just set boundaries ~~ works for you works.", N),
], chain=[], also_cites=["Elle"])

save(__file__)
