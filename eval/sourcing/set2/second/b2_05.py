import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-157legit", [
    ("Kardashian, [[Lawrence]] revealed", "Lawrence [[revealed]]", "she had dinner with the reality ~~ a few too many", I, "confirms"),
    ("[[Lawrence]] told the audience", "Lawrence [[told]] the audience", "I drank five martinis ~~ I’m dead serious", I, "confirms"),
    ("[[Kardashian]] said. \"It", "Kardashian [[said]]. \"It", "I've never seen my mom more drunk in our lives", N, "confirms"),
    ("[[Kardashian]] said the", "Kardashian [[said]] the", "the “mother!” ~~ to dress her", N),
    ("naked,” [[Kardashian]] said", "naked,” Kardashian [[said]]", "You said, ‘I’m not joking ~~ fully butt naked", N, "confirms"),
    ("“[[You]] said, ‘I’m", "“You [[said]], ‘I’m", "I’m not joking, I really want Kanye to style me", N),
    ("so [[I]] said, ‘OK", "so I [[said]], ‘OK", "‘[[OK.]]’", N),
    ("After [[the two]] reminisced", "reminisced", "reminisced about [[the evening]]", N),
    ("[[Lawrence]] asked the mother", "Lawrence [[asked]] the mother", "if she had talked to O. ~~ freed from prison", N),
    ("[[Lawrence]] also asked", "also asked", "if Kardashian thought it was ~~ “looked like you.", N),
    ("[[Lawrence]] has previously said", "has previously said", "she is a fan of “Keeping Up with the Kardashians", N),
    ("[[People]] reported", "People [[reported]]", "Lawrence has previously said ~~ Javier Bardem", O),
], chain=[], also_cites=["People"])

annotate(C, "celebrity-077legit", [
    ("but [[Amal]] has been", "describes", "'[[lawyer, activist and author.]]'", N),
    ("that [[she]] recently had", "stating", "I am honoured... ~~ could not accept this role.", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-164legit", [], chain=[], also_cites=[])

annotate(C, "celebrity-042legit", [
    ("[[Bieber]] said, as", "Bieber [[said]], as", "I got a little ahead of myself", N),
    ("the capacity crowd", "screamed", "\"[[No!]]\"", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-218legit", [
    ("Reporter, [[Jenner]] said", "Jenner [[said]] she worries", "she worries about how her six ~~ the family business", I, "confirms"),
    ("choice,” [[she]] said", "choice,” she [[said]]", "It’s my grandchildren who I worry ~~ they don’t have a choice", N, "confirms"),
    ("[[Jenner]] said her daughters", "Jenner [[said]] her daughters", "her daughters’ “thick skin” ~~ of reality TV", N),
    ("as [[she]] talked about", "talked about", "how her life as a reality star has evolved", I),
    ("decisions [[I]] made", "was [[to say]], ‘We", "We’re not going to remove anything.", N),
    ("[[I]] told the kids", "I [[told]] the kids", "Don’t get on the Internet.", N),
    ("[[She]] added that Kim", "She [[added]] that Kim", "Kim Kardashian West “leads the pack” ~~ critics alike", N),
], chain=[], also_cites=["The Hollywood Reporter"])
save(__file__)
