import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-test-211", [
    ("[[Prince Michael]] dished", "Michael [[dished]]", "how he's continuing ~~ his tragic passing", N),
    ("the 20-year-old", "20-year-old [[shared]]", "I have a tattoo of ~~ on my calf,", N),
], chain=["E! News"], also_cites=[])

annotate(E, "ffn-valid-776", [], chain=[], also_cites=[])

annotate(E, "maj--921174", [
    ("the \"Glee\" alum", "alum [[says]]", "he is heartbroken by the footage ~~ express his outrage", N),
    ("[[PETA]] posted", "PETA [[posted]]", None, S),
    ("[[PETA]] posted", "[[saying]] it appears", "it appears to show ~~ freezing river", S),
    ("The animal rights group", "The animal rights group [[said]]", "a whistleblower provided the footage ~~ filmed in China", R),
    ("The person", "The person [[said]]", "the director, Hao Ning, ordered two takes", A),
    ("[[TMZ]] quoted", "TMZ [[quoted]]", "the dog did not appear ~~ shaken up", O),
    ("TMZ quoted [[sources]]", "as saying", "the dog did not appear ~~ shaken up", A),
    ("China,\" [[Morrison]]", "tweeted", "I've just been made aware ~~ worked on in China,", S),
    ("[[the animal rights group]] said", "the animal rights group [[said]]", "PETA is urging ~~ boycott this film,", R),
], chain=["TMZ"], also_cites=[])

annotate(E, "maj--903806", [
    ("but [[she]] did give", "did give a shout out", "her mother watching “on Facetime ~~ right now”", I),
], chain=[], also_cites=[])

annotate(E, "maj--902416", [
    ("cancer, [[Louis-Dreyfus]], 56", "took to Instagram", None, S),
    ("the Veep star", "Veep star [[wrote]]", "Our pal, @stevenrstroud ~~ #myhero,", S),
    ("since [[she]] shared", "she [[shared]]", "the news of her cancer diagnosis", N),
    ("the Seinfeld alum", "alum [[wrote]]", "One in eight women ~~ I’m the one,", S),
    ("[[the actress]] continued", "the actress [[continued]]", "The good news is ~~ through my union,", S),
], chain=[], also_cites=[])
save(__file__)
