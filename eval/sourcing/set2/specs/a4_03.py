import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #10 E! Online excerpt: Nikki Bella / John Cena
annotate(E, "ffn-test-513", [], chain=["E! News"], also_cites=[])

# #11 ET: Jared Haibon proposes to Ashley Iaconetti
annotate(E, "ffn-test-467", [
    ("romantic as [[Ashley Iaconetti]] described", "described", None, N),
    ("[[Jared]] said, as", "Jared [[said]], as", "Isn't it crazy ~~ always been there for me", N),
    ("[[he]] continued", "continued", "You'd make me the happiest ~~ rest of my life with you", N),
    ("[[she]] screamed", "screamed", "Yes!", N),
    ("[[she]] screamed", "calling", "perfect.", N),
    ("was [[Kevin]], who called", "who [[called]] it", "slap in the face", N),
    ("The Canadian firefighter", "notably [[accused]]", "cheating on him with Jared", I),
    ("[[he]] said at the time", "he [[said]] at the time", "That really hurt me", N),
    ("[[Ashley]] addressed", "addressed", "Kevin's accusation", I),
    ("[[Ashley]] addressed", "admitting", "she and Jared did kiss before her breakup with Kevin", I),
    ("[[she]] said. “We had", "she [[said]]. “We had", "Jared came out with his feelings, and he kissed me in the airport", N),
    ("[[Ashley]] told ET", "Ashley [[told]] ET", "We wish we could ~~ on our own right now", I),
    ("[[she]] confessed", "confessed", "It’s more stressful than we thought", N),
    ("[[Haibon]] added", "Haibon [[added]]", "It’s a little surreal", N),
    ("Ashley Iaconetti and Jared Haibon", "Open Up", "‘Stressful’ Wedding Planning", N),
    ("'Bachelor Winter Games' Star Kevin Wendt", "Accuses", "Ashley Iaconetti of Cheating on Him With Jared Haibon", N),
], chain=[], also_cites=[])

# #12 Ginger Zee: suicide attempt, told People, book
annotate(E, "ffn-test-114", [
    ("[[Zee]], 36, told", "36, [[told]] People", "she locked herself ~~ while in college", I, "confirms"),
    ("[[she]] told the magazine. “I just", "she [[told]] the magazine. “I just", "I’d lost all hope", I),
    ("The “GMA” star", "opens up", "her battle with depression", I),
    ("[[she]] writes", "writes", "she checked herself into ~~ high-profile job at ABC", I),
    ("[[she]] wrote", "she [[wrote]]", "I cover natural disasters, ~~ my personal life", N),
    ("[[She]] recalled", "recalled", "I lost myself and my will to live.", I),
    ("[[She]] said when", "She [[said]] when", "when feeling depressed ~~ “hopeless.”", N),
    ("[[Zee]] had previously", "had previously revealed", "she battled anorexia and was narcoleptic in college", N),
    ("[[She]] told the magazine she thinks", "She [[told]] the magazine she thinks", "she thinks medication ~~ suicidal thoughts", I),
    ("The “Good Morning America” host", "host [[said]]", "her struggle with depression ~~ career skyrocket", N),
    ("[[she]] revealed", "she [[revealed]]", "I was in this place ~~ opportunity that I had", N),
    ("─ [[she]] reveals", "she [[reveals]] in her book", "she sought help at a facility ~~ job at ABC", I),
    ("[[She]] said learning", "She [[said]] learning", "learning how to best ~~ helped her recover", N),
], chain=[], also_cites=["People"])

# #13 Amazon self-tanner listicle
annotate(E, "ffn-valid-646", [
    ("studies", "suggest", "people who use tanning beds triple their risk of melanoma", I),
], chain=[], also_cites=[])

# #14 Jane Fonda at 80 on Ellen
annotate(E, "maj--934497", [
    ("[[Fonda]] said, “If", "Fonda [[said]], “If", "If you had told me ~~ I’ve worked for it.", I, "confirms"),
    ("[[Fonda]] admitted", "admitted", "she thought she’d “die lonely ~~ something like that.”", N, "confirms"),
    ("[[she]] explained", "explained", "The fact that I’m not an addict ~~ a miracle to me", N, "confirms"),
    ("RELATED VIDEO: [[Jane Fonda]] Says", "Jane Fonda [[Says]]", "She Tried to Set Up Ex Ted Turner on a Dating App", N),
    ("[[The actress]] opened up", "actress [[opened up]]", "how differently she looks ~~ experience behind her", N),
    ("again, [[she]] is thankful", "After [[admitting]]", "she wouldn’t want to be in her 20s again", N),
    ("[[she]] said. “You know", "she [[said]]. “You know", "If you have a whole lot ~~ I’ve survived that,'", N),
], chain=[], also_cites=[])

save(__file__)
