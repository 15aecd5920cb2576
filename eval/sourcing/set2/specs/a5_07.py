import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 30
annotate(C, "celebrity-183legit", [
    ("[[Billingham]] said he basically", "Billingham [[said]] he basically", "he basically \"fathered\" the children", N, "confirms"),
    ("Us Weekly", "[[according to]] Us Weekly", "Billingham said he basically \"fathered\" the children", O),
    ("According to [[Billingham]]", "[[According to]] Billingham", "the couple's primary concern was their children", N),
    ("army, [[Billingham]] described", "described", "the couple's intense protectiveness of their children", N),
    ("The Sun", "[[according to]] The Sun", "They were also worried about stalkers ~~ lives of their children", O),
    ("But [[Billingham]] said he was", "Billingham [[said]] he was", "he was was one member ~~ get close to the kids", N),
    ("[[the Sun]]:", "[[according to]] the Sun:", "Billingham said he was was one member ~~ get close to the kids", O),
    ("[[Billingham]] said he became", "Billingham [[said]] he became", "he became so close with the kids ~~ an \"unofficial\" father", N, "confirms"),
    ("E! News", "News [[reported]]", "Pitt was under investigation ~~ abused the children", O),
    ("what [[Billingham]] describes", "Billingham [[describes]]", "his relationship to the couple and their children", N),
    ("[[Pitt]], in his response", "emphasized", "his commitment to the couple's children", I),
], chain=["Us Weekly"], also_cites=["The Sun", "E! News"])

# 31
annotate(C, "celebrity-103legit", [
    ("the living legend", "to [[share]] some", "some of her secrets ~~ fruitful\u00a0life", I),
    ("[[she]] acknowledged", "acknowledged", "I am\u00a0the luckiest old broad on two feet", N),
    ("animals,” said [[White]]", "animals,” [[said]] White", "I’m a little strange for stuffed animals", N),
    ("[[White]] said she always", "White [[said]] she always", "she always gets up early ~~ a quick puppy kiss", N),
    ("6:30,” said [[White]]", "6:30,” [[said]] White", "[My dog] comes over and he lets me know when it’s 6:30", N),
    ("[[Couric]] asked", "Couric [[asked]]", "if she had advice for women ~~ in their position", N),
    ("time,” [[White]] said", "time,” White [[said]]", "One day at a time", N),
    ("no,” [[she]] said", "no,” she [[said]]", "Remarry, no", N),
    ("[[White]], who still has", "stressed", "the importance of filling your time", I),
    ("advised [[White]]", "advised", "Don’t focus everything on you", N),
], chain=[], also_cites=["Yahoo"])

# 32
annotate(C, "celebrity-071legit", [
    ("[[he]] said in a candid", "he [[said]] in a candid", "I'm in love with a woman and home is where the heart is, right?", I, "confirms"),
    ("the Gangster Squad star", "star [[said]] that", "he never expected to be in love at his age", N, "confirms"),
    ("children,' [[he]] said", "children,' he [[said]]", "I'm in love with my children ~~ come with being here", N),
], chain=[], also_cites=["Esquire"])

# 33
annotate(C, "celebrity-076legit", [
    ("Howard Stern", "gave a speech", None, N),
    ("[[Theroux]] revealed", "revealed", "the duo did make one \"massive miscalculation\" when planning the wedding", I, "confirms"),
    ("[[Theroux]] explained", "explained", "to keep the wedding below-the-radar ~~ this past August", N),
    ("[[he and Aniston]] told different", "Aniston [[told]] different", None, N),
    ("Initially, [[they]] told", "they [[told]] most guests", "it was a birthday celebration for Theroux", N),
    ("[[the couple]] felt the need", "spill the secret", None, N),
    ("miscalculation,\" [[Theroux]] said", "miscalculation,\" Theroux [[said]]", "It was actually a massive miscalculation", N, "confirms"),
    ("right?,'\" [[Theroux]] said", "right?,'\" Theroux [[said]]", "We also have friends who, ~~ 'This is the thing, right?", N),
    ("On a happier note, though, [[Theroux]] said", "though, Theroux [[said]]", "he is relishing the fact ~~ Aniston his wife", N),
], chain=[], also_cites=[])

# 34
annotate(C, "celebrity-203legit", [
    ("co-host Vanessa Hudgens", "half-joked", "about [[needing a tissue]])", N),
], chain=[], also_cites=[])
save(__file__)
