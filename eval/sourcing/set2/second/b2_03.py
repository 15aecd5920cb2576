import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--925409", [
    ("[[DeFrancesco]] was all smiles", "nodded", "yes", N),
    ("[[Jacobs]] wrote in a caption", "Jacobs [[wrote]]", "And, this happened...' ~~ @1.800.newbold", S, "confirms"),
], chain=[], also_cites=[])

annotate(E, "maj--955438", [
    ("[[Jonas and Chopra]] have only", "have only just divulged", "the details of how they got together, ~~ they got engaged", N),
    ("Vogue, [[Jonas]] explained", "Jonas [[explained]] that he proposed", "he proposed to Chopra after ~~ after meeting", I, "confirms"),
    ("where [[Jonas]] apparently", "and [[said]]: \"You", "You’re real. ~~ all my life?", N),
    ("[[The singer]] explains", "The singer [[explains]]", "the couple then texted ~~ not as a couple", N),
    ("and [[Jonas]] called", "inform", "he was going to propose", N),
    ("[[Jonas]] explained that he waited", "Jonas [[explained]] that he waited", "he waited until midnight ~~ birthday celebrations", N),
    ("and [[I]] said: 'Will", "and I [[said]]: 'Will", "Will you make me ~~ and marry me?", N),
    ("[[He]] then said", "then said", "I’m going to put ~~ any objections.", N),
], chain=[], also_cites=["Vogue"])

annotate(C, "celebrity-137fake", [
    ("In September, [[Miley Cyrus]] told", "Miley Cyrus [[told]]", "she and her fiancé ~~ anytime soon", I, "denies"),
    ("[[she]] told The Sun on Sunday.", "she [[told]] The Sun on Sunday.", "I don’t envision marriage", I, "denies"),
    ("Her mother Tish Cyrus", "made the same point", None, N, "denies"),
    ("(via [[The Sun and The Daily Mail]])", "([[via]] The Sun", None, O),
    ("A source", "A source [[told]] the outlet", "six months ago, way back ~~ the only ones who know.", A),
    (None, "I'm told", "only a handful of people ~~ the only ones who know", A),
    ("People", "People [[reports]]", "these are just promise rings", O),
    ("[[a source]] told E!", "a source [[told]] E!", "He [Liam] wears ~~ not officially married", A),
    ("[[Hemsworth]] also publicly", "publicly denied", "being engaged to Cyrus", N),
], chain=["The Sun", "Daily Mail", "NW"], also_cites=["People", "E! News"])

annotate(C, "celebrity-234fake", [
    ("An insider", "An insider [[told]]", "the comedian wants to be roasted ~~ better spotlight", A),
    ("a source", "a source [[tells]]", "Kathy knows that she has ~~ the next person to get roasted", A),
    ("our source", "our source [[adds]]", "She wants to show ~~ those she has angered", A),
    ("a lot of celebrities", "have expressed", "their disappointment in her", A),
    ("[[Kathy]] took to her", "took to her Instagram page", None, S),
    ("[[she]] said.", "she [[said]].", "I sincerely apologize. ~~ went way too far", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-090fake", [
    ("According to [[a new report]]", "[[According to]] a new report", "Selena Gomez and her singer boyfriend, who ~~ World Tour in August", O),
    ("[[a source]] told In Touch", "a source [[told]] In Touch", "[Selena Gomez] knows The Weeknd ~~ waiting to get married", A),
    ("via [[Hollywood Life]]", "[[via]] Hollywood Life", None, O),
    ("according to [[the report]]", "[[according to]] the report", "Gomez is moving forward ~~ their alleged wedding", O),
    ("[[the source]] explained", "the source [[explained]]", "[Selena Gomez] already has a wedding dress in mind", A),
    ("The In Touch Weekly insider", "insider [[claimed]] Selena", "Selena Gomez and The Weeknd had several ~~ Florence and Paris", A),
    ("the magazine's insider", "insider [[claimed]] the pair", "the pair was planning to keep things intimate", A),
    ("[[the source]] shared", "the source [[shared]]", "[Selena Gomez] and The Weeknd plan to ~~ a few close friends", A),
    ("a second source", "recently spoke out", "spoke out about [[their relationship]]", A),
    ("a second source", "and [[revealed]] that", "they are quite serious about their future", A),
    ("[[an insider]] told Hollywood Life", "an insider [[told]] Hollywood Life", "It's serious, very serious", A),
    ("[[The Weeknd]] has already told", "has already told", "he loves her and vice versa", N),
    ("[[He]] speaks a couple", "confess", "his love in English, French, Spanish and Amharic", N),
    ("country, [[he]] tells her", "he [[tells]] her he loves", "he loves her in that language", N),
    ("[[the source]] continued", "the source [[continued]]", "Whenever they travel ~~ in that language", A),
], chain=["HollywoodLife", "In Touch"], also_cites=[])
save(__file__)
