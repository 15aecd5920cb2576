import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #0 Emma Stone / Justin Theroux
annotate(E, "ffn-test-1067", [
    ("E!", "also [[notes]] that", "Theroux shared a photo of Stone ~~ Queer Eye reboot", O),
    ("that [[Theroux]] shared a photo of Stone", "Theroux [[shared]] a photo of Stone", None, S),
    ("[[Theroux]] did his best", "captioning", "Bffffffs. ~~ JUST bfffffs", S, "denies"),
    ("[[Theroux]] previously", "previously [[shared]]", None, S),
], chain=["E! News"], also_cites=["Daily Mail"])

# #1 Gossip Cop: Kendall Jenner / Blake Griffin
annotate(E, "maj--3730183939", [
    ("a new report", "report that [[claims]]", "Kendall Jenner warned ~~ stay away from her family", O),
    ("The false rumors", "rumors [[say]]", "the model is worried ~~ driving the NBA star away", O),
    ("shared by [[Kendall]] (@kendalljenner) on Sep 15", ("A post shared by", 1), "Marni to the rescue", S),
    ("Ok!’s website", "article [[posted]]", "she says that ~~ sisters and mom", O),
    ("where [[she]] says", "where she [[says]]", "she is worried about her family ~~ sisters and mom", I, "confirms"),
    ("A so-called source", "source [[tells]] the magazine", "He’s been invited ~~ keep away.", A),
    ("The outlet’s dubious insider", "goes on to say", "Griffin isn’t totally comfortable ~~ so many others.", A),
    ("shared by [[Kendall]] (@kendalljenner) on Sep 12", ("A post shared by", 2), "it's here! ~~ #KK❤️SAKS", S),
    ("the seemingly phony source", "further [[alleges]]", "His friends don’t think ~~ stuck up and annoying.", A),
    ("a source close to the whole situation", "assures", "the outlet’s article is completely bogus", A),
], chain=[], also_cites=["OK!"])

# #2 HollywoodLife: Selena Gomez single
annotate(E, "maj--5349004367", [
    ("a source close to the “Wolves” singer", "singer [[tells]]", "Selena is not treating ~~ fall into place.", A, "confirms"),
    ("a website", "broke the story", None, O),
    ("that [[she]] confirmed", "she [[confirmed]] the news", None, S),
    ("our insider", "insider [[adds]]", "She is not looking but ~~ love comes knocking", A),
], chain=[], also_cites=[])

# #3 In Touch: Miranda Lambert / Blake Shelton
annotate(E, "maj--7598163176", [
    ("a source close to the former spouses", "spouses [[tells]]", "Miranda reached out to Blake via text", A, "confirms"),
    ("those closest to them", "them [[say]] even", "even a romantic reunion ~~ out of the question", A),
    ("[[the source]] adds exclusively", "source [[adds]] exclusively", "They have developed ~~ of their lives", A),
    (("another insider", 1), ("insider [[says]] of", 1), "Her allegiance is ~~ her fans right now", A),
    (("another insider", 2), ("insider [[says]] of", 2), "She continues to send ~~ out on the road", A),
    ("a source close to Blake", "Blake [[says]] “he’s", "he’s “just a simple ~~ that woman isn’t Gwen.", A),
], chain=["In Touch"], also_cites=[])

# #4 Star: Portia de Rossi / Ellen DeGeneres
annotate(E, "maj--9360969741", [
    ("the Feb. 17th print edition of Star magazine", "According to", "the couple had a huge blowout ~~ Ellen’s talk show", O),
    ("Reportedly [[Ellen]]", "insisted", "Portia was completely unsupportive", N),
], chain=["Star"], also_cites=[])

save(__file__)
