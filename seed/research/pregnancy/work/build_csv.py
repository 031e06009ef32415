"""Build ../cautions.csv from the rows below. Every wording string was copied from text read
through the search tools (pages corpus excerpts) or from the fetched gmzyjc snapshot
(see gmzyjc_hits.tsv, produced by extract_gmzyjc.py). Run: python3 build_csv.py"""
import csv, os
H = ["code", "source", "strength", "wording", "applies_to", "note"]
R = []
def r(code, src, strength, wording, applies, note=""):
    assert strength in ("forbidden", "caution", "no_evidence_of_harm")
    R.append([code, src, strength, wording, applies, note])

# --- GMZYJC_PTS: 光明中医函授教材《针灸学》上篇 point entries (6830920/gmzyjc ok/zjs) ---
P = "6830920/gmzyjc@45cd144 "
r("LI4", "GMZYJC_PTS", "forbidden", "但对于孕妇，禁刺合谷，免损胎气。", "needling",
  P + "ok/zjs/zjs3.1.1-3-0.1.2.3.4.md 〔讲述〕 (合谷). 禁刺 = forbidden to needle. Its 〔刺灸〕 line itself has no pregnancy note.")
r("SP6", "GMZYJC_PTS", "forbidden", "《铜人》谓妊娠不可刺。", "needling",
  P + "ok/zjs/zjs3.1.4-6-0.0.1.3.6.md 〔讲述〕 (三阴交); the textbook cites the Tongren (铜人) classic. Same entry: 配合谷能催产.")
r("BL60", "GMZYJC_PTS", "forbidden", "《大成》：妇刺之落胎……因此，孕妇禁针。", "needling",
  P + "ok/zjs/zjs3.1.7-8-0.0.1.3.60.md (昆仑), last paragraph; cites Jiayi and Dacheng.")
r("GB21", "GMZYJC_PTS", "forbidden", "《图翼》：孕妇禁针。", "needling",
  P + "ok/zjs/zjs3.1.9-12-0.0.3.3.21.md 〔讲述〕 (肩井); cites Leijing Tuyi (图翼). Its 〔刺灸〕 warns only against deep needling.")
r("ST12", "GMZYJC_PTS", "forbidden", "《图翼》：孕妇禁针。", "needling",
  P + "ok/zjs/zjs3.1.1-3-0.1.3.3.12.md 〔讲述〕 (缺盆), citing Tuyi. Not a lower-abdominal point; included because the source names it.")
r("CV3", "GMZYJC_PTS", "caution", "〔刺灸〕直剌1〜1.5寸，孕妇不宜针，针前排尿。", "needling",
  P + "ok/zjs/zjs3.2.1-0.1.1.3.3.md (中极). 不宜 = not suitable/should not; weaker word than 禁, so mapped to caution.")
r("CV4", "GMZYJC_PTS", "caution", "〔刺灸〕直刺1〜2寸，针前排尿，孕妇慎用。", "needling",
  P + "ok/zjs/zjs3.2.1-0.1.1.3.4.md (关元). 慎用 = use with caution.")
r("CV5", "GMZYJC_PTS", "forbidden", "〔刺灸〕直刺1~2寸，可炎，孕妇禁针灸。", "needling",
  P + "ok/zjs/zjs3.2.1-0.1.1.3.5.md (石门). 禁针灸 = needling and moxibustion forbidden ('可炎' is the snapshot's typo for 可灸).")
r("BL40", "GMZYJC_PTS", "caution", "由于穴属血郄，刺出血……若体虚，精血不足, 贫血，孕妇，易于出血者慎用", "needling (bloodletting)",
  P + "ok/zjs/zjs3.1.7-8-0.0.1.3.40.md (委中). Caution is about bloodletting, not ordinary needling.")
r("", "GMZYJC_PTS", "forbidden", "针刺下腹腧穴时，针前要排尿，孕妇腹部穴禁用", "needling; points on the abdomen (Conception Vessel)",
  P + "ok/zjs/zjs3.2.1-0.1.1.4.0.md (任脉 本经小结, item 3).")

# --- GMZYJC_TECH: same textbook, 中篇 针灸术 (ok/zjz), general needling precautions ---
T = "6830920/gmzyjc@45cd144 ok/zjz/zjz01-1.5.0.0.0.md 第六节 针刺的注意事项 item 2"
r("", "GMZYJC_TECH", "forbidden", "对妇女怀孕三个月以下者，下腹部禁针", "needling; points on the lower abdomen; pregnancy under 3 months", T)
r("", "GMZYJC_TECH", "caution", "三个月以上者， 上下腹部以及一些能引起子宫收缩的腧穴……均不宜针刺", "needling; upper and lower abdomen; pregnancy over 3 months",
  T + ". 不宜 mapped to caution. A review question in the same file asks why the 'whole abdomen and lumbosacral region' are 禁针 (forbidden) after 4 months.")
for c, n in (("LI4", "合谷"), ("SP6", "三阴交"), ("BL60", "昆仑"), ("BL67", "至阴")):
    r(c, "GMZYJC_TECH", "caution", f"一些能引起子宫收缩的腧穴如合谷、三阴交、昆仑、至阴等均不宜针刺", "needling; pregnancy over 3 months",
      T + f" ({n}). 不宜 mapped to caution." + (" Same file: 合谷配三阴交，有使胎儿“应针而下”的说法，故孕妇不宜针刺。" if c in ("LI4", "SP6") else ""))
r("", "GMZYJC_TECH", "forbidden", "有习惯性流产史的孕妇应禁针。", "needling; whole body; women with habitual miscarriage",
  "6830920/gmzyjc@45cd144 ok/zjz/zjz03-0.7.8.0.0.md 六、注意事项 item 3 (in a chapter on a special needling method). Not point-specific.")

# --- WHO1999 ---
W = "Section II 2.1 Pregnancy, http://apps.who.int/medicinedocs/en/d/Jwhozip56e/4.2.1.html"
r("", "WHO1999", "forbidden", "Traditionally, acupunture, and moxibustion are contraindicated for puncture points on the lower abdomen and lumbosacral region during the first trimester.",
  "needling; points on the lower abdomen and lumbosacral region; first trimester", W + " (typo 'acupunture' is in the source).")
r("", "WHO1999", "caution", "Acupuncture may induce labour and, therefore, should not be performed in pregnancy, unless needed for other therapeutic purposes and then only with great caution.",
  "needling; acupuncture in general during pregnancy", W + ". Not point-specific; recorded as caution because it allows use 'with great caution'.")
r("", "WHO1999", "forbidden", "After the third month, points on the upper abdomen and lumbosacral region, and points which cause strong sensations should be avoided",
  "needling; upper abdomen, lumbosacral region, points causing strong sensations, ear points; after third month",
  W + ". 'should be avoided' mapped to forbidden (as for other sources' 'avoid'); the section's opening sentence softens this to 'great caution' when needed.")

# --- Evidence reviews (no_evidence_of_harm) ---
r("", "CARR2015", "no_evidence_of_harm", "There is no objective evidence of harm following needling at forbidden points",
  "needling; points historically considered 'forbidden' in pregnancy",
  "Abstract, Main findings. The stored excerpt (abstract only) does not list which points the review counts as forbidden.")
r("", "GDS2011", "no_evidence_of_harm", "The small number of available publications on this topic seems to show that this is not correct.",
  "needling; 'forbidden' points (abortifacient concern)", "Abstract; 'this' = the proposition that forbidden points might harm pregnancy.")
r("", "CUMMINGS2011", "no_evidence_of_harm", "This article examines the proposed risks and fails to find any plausible physiological mechanism for them.",
  "needling; 'forbidden points' in pregnancy", "Standfirst of the debate article.")
for c in ("LI4", "SP6"):
    r(c, "CUMMINGS2011", "no_evidence_of_harm", "They found no evidence that acupuncture in LI4, SP6 and sacral points could be harm[...]",
      "needling (electroacupuncture in pregnant rats)", "Reports Guerreiro da Silva et al.'s rat experiment; stored excerpt truncated after 'harm'.")
r("", "CUMMINGS2011", "no_evidence_of_harm", "They found no evidence that acupuncture in LI4, SP6 and sacral points could be harm[...]",
  "needling; sacral points (rat study)", "Same sentence as the LI4/SP6 rows; the blog BLOG_FP2011 names the rat sacral points as BL27-28.")
for c in ("LI4", "SP6"):
    r(c, "BIRCH", "no_evidence_of_harm", "the prohibition against needling LI-4 and SP-6 during pregnancy [Qiu 1993]. There are however questions about the validity of these statements",
      "needling", "Historical analysis of 35 texts, not a harm study; questions validity rather than reporting outcomes. Point list of the paper not in the stored excerpt.")

# --- BLOG_FP2011: 'Traditional forbidden points' list (cites Guerreiro da Silva et al. 2011) ---
B = "List headed 'Traditional forbidden points as follow'; blog cites Guerreiro da Silva AV et al., Forsch Komplementmed 2011;18(1):10-4."
for c, w in (("LI4", "LI 4 Needle during pregnancy"), ("ST25", "ST 25 Needle during pregnancy"), ("SP6", "SP 6 Pregnancy"),
             ("BL60", "BL 60 Needle during pregnancy"), ("BL67", "BL 67 Needle during pregnancy"),
             ("GB21", "GB 21 Needle heart problems or in pregnancy"), ("CV4", "CV 4 Needle or moxa during pregnancy")):
    r(c, "BLOG_FP2011", "forbidden", w, "needling", B)
r("LI4", "BLOG_FP2011_RAT", "no_evidence_of_harm", "There are no evidence that acupuncture in LI4-SP6 and sacral points could be harmful to the pregnancy outcome in Wistar rats.",
  "needling (electroacupuncture in pregnant rats)", "Same blog page, summarising the rat study; kept as separate key so the list and the finding stay apart.")
r("SP6", "BLOG_FP2011_RAT", "no_evidence_of_harm", "There are no evidence that acupuncture in LI4-SP6 and sacral points could be harmful to the pregnancy outcome in Wistar rats.",
  "needling (electroacupuncture in pregnant rats)", "Sacral points in that study: BL27-28.")

# --- TAKODA (Takoda / VHS manual list) ---
TK = "https://takoda.co/avoid-pregnancy table column 'Forbidden in Pregnancy?'"
for c, w in (("LI4", "LI-4 | At No Time Acupuncture Contraindicated"), ("BL60", "Bl-60 | At No Time Acupuncture Contraindicated"),
             ("BL67", "Bl-67 | At No Time Acupuncture Contraindicated"), ("SP1", "Sp-1 | At No Time Acupuncture Contraindicated"),
             ("SP2", "Sp-2 | At No Time Acupuncture Contraindicated"), ("SP5", "Sp-5 | At No Time Acupuncture Contraindicated"),
             ("SP6", "Sp-6 | At No Time Acupuncture Contraindicated")):
    r(c, "TAKODA", "forbidden", w, "needling", TK + ". Cells run together on the page ('At No TimeAcupunctureContraindicated'); spaces added.")
for c, url in (("CV3", "ren-3"), ("CV4", "ren-4"), ("CV5", None), ("CV6", "ren-6")):
    r(c, "TAKODA", "forbidden", "Forbidden in Pregnancy? After 1st month Acupuncture", "needling; after the first month",
      (f"https://takoda.co/acupuncture-points/{url}" if url else TK + " row 'Ren-5 | After 1st month Acupuncture'") + ". Meaning of the label (forbidden after month 1) inferred from the column header.")
for c in ("KI11", "KI12", "KI13", "KI14", "KI15", "KI16", "ST25", "ST26", "ST27", "ST28", "ST29", "ST30", "CV1", "CV2", "CV7", "CV8"):
    r(c, "TAKODA", "forbidden", "The Needling list in the VHS Manual refers to all lumbar, coccyx, epigastric and hypogastric points ... All Hypogastric",
      "needling; hypogastric (lower abdominal) group", TK + ". Expanded from the page's own group list 'All Hypogastric: Ki-11 to Ki-16, St-25 to St-30, Ren-1 to Ren-8'; CV3-CV6 have their own rows.")
for c in ("BL31", "BL32", "BL33", "BL34"):
    r(c, "TAKODA", "forbidden", "The Needling list in the VHS Manual refers to all lumbar, coccyx ... points ... All Lumbar Bl-22 to Bl-35",
      "needling; lumbar group" + ("; also listed under coccyx" if c == "BL32" else ""), TK + ". Expanded from 'All Lumbar: Bl-22 to Bl-35 and Bl-51 to Bl-35, Du-3 to Du-5'; 'All Coccyx: Bl-32, Bl-35, Du-1, Du-2'.")
r("", "TAKODA", "forbidden", "The Needling list in the VHS Manual refers to all lumbar, coccyx, epigastric and hypogastric points.",
  "needling; all lumbar, coccyx, epigastric and hypogastric points", TK + ". Codes given by the page: lumbar Bl-22-35, Du-3-5; coccyx Bl-32, Bl-35, Du-1, Du-2; epigastric Ki-17-21, St-19-24, Ren-9-15; hypogastric Ki-11-16, St-25-30, Ren-1-8. Only hypogastric and BL31-34 expanded to rows.")
r("", "TAKODA_CORBY", "caution", "I normally avoid the points labelled Acupuncture even when doing acupressure just to be safe.",
  "acupressure; points labelled for acupuncture on the Takoda list", "Quoted reply from David Corby on https://takoda.co/avoid-pregnancy (page runs words together: 'Acupunctureeven', 'acupressurejust'; spaces restored); he also says 'stay away from LI4, Bl60, Bl67, and Sp channel'.")

# --- Point-reference pages (single points) ---
r("GB21", "YYH", "forbidden", "Contraindicated in Pregnancy, useful for difficult labor, retained placenta.", "needling",
  "https://theory.yinyanghouse.com/acupuncturepoints/gb21 , Clinical Usages list. Page adds: 'for many contraindications there are clinically valid reasons to use these points'.")
r("SP6", "YYH", "caution", "SP 6 has some precautions to be considered (see our precautions list). Cautions with pregnancy (PG)", "needling",
  "https://yinyanghouse.com/theory/acupuncturepoints/sp6/")
r("LI4", "YYH", "caution", "Points With Precautions ... LI 4 Union Valley", "needling",
  "https://theory.yinyanghouse.com/chinese-medicine-cautions/pregnancy-cautions-acupuncture-and-herbal-medicine ; page on 'cautions and contraindications for pregnancy'; no per-point strength given.")
r("", "YYH_FORUM", "caution", "Of the points that are contraindicated, some are merely because of the location (around the abdomen) and are more a precaution regarding needling depth",
  "needling; points around the abdomen", "https://community.yinyanghouse.com/t/points-to-avoid-during-pregnancy/1929 (reply in thread). Frames abdominal rule as a depth precaution, unlike points with 'strong downbearing effect'.")
r("GB21", "MEANDQI", "forbidden", "Caution: Contraindicated during pregnancy! Pneumothorax.", "needling",
  "https://www.meandqi.com/tcm-education-center/acupuncture/gall-bladder-channel/jianjing-gb-21 ; commentary: 'this point is forbidden to needle during pregnancy'.")
r("LI4", "SACREDLOTUS", "forbidden", "Acupuncture on this point is contraindicated in pregnant women.", "needling", "http://www.sacredlotus.com/acupuncture/get.cfm/acupoint/LI-04 , Needling Method.")
r("SP6", "ACUCOM", "forbidden", "Do not needle during pregnancy.", "needling", "http://www.acupuncture.com/education/points/spleen/sp6.htm , Needling.")
r("SP6", "TCMWIKI", "forbidden", "It is Contraindicated using during pregnancy.", "needling", "https://tcmwiki.com/wiki/sanyinjiao , first paragraph.")
r("CV4", "TCMWIKI", "forbidden", "The patient should urinate first. Moxibustion is always used. Contraindicated during pregnancy.", "needling",
  "https://meso.it/old.tcmwiki.com/wiki/guanyuan.html (mirror of old.tcmwiki.com), Method.")
r("LI4", "AIQUIN", "forbidden", "Caution: Contraindicated in pregnancy", "needling", "https://www.aiquin.com/acupuncture/li4/ , Needling.")
r("SP6", "AIQUIN", "forbidden", "Caution: CC: Pregnancy", "needling", "https://aiquin.com/?p=8799 , Needling; CC read as 'contraindication'.")
r("SP6", "WOODLEY", "forbidden", "Warnings: Contraindicated in pregnancy", "needling", "https://www.steve-woodley.co.uk/Point+Notes?point=Sp-6")
r("SP6", "ONEBREATH", "forbidden", "Caution: Contraindicated during pregnancy, particularly with reducing needle techniques; exception: to promote labour.", "needling",
  "https://onebreathholisticcenter.com/?page_id=943 ; SP-6 entry.")
r("LI4", "WATERSHED", "forbidden", "This point is contraindicated during pregnancy – it can cause uterine contractions.", "needling",
  "https://watershedwellnessastoria.com/doc/large-intestine-channel/ ; cites Deadman for location only.")
r("LI4", "TAKODA_PT", "forbidden", "Stimulates downward flowing energy; NB: contraindicated in pregnancy", "needling",
  "https://takoda.co/acupuncture-points/li-4 (point page, separate from the avoid-pregnancy list).")

# --- Teaching notes / practitioner texts ---
MB = "http://mindbodycures.com/index.php?CID=83&ClassID=Needling&Command=Class (David Botton, Needling class 4), heading 'Pregnancy'."
for c, w in (("LI4", "A. Forbidden (unless to induce or remove pain in labour): LI 4"),
             ("SP6", "A. Forbidden (unless to induce or remove pain in labour): ... SP 6 (strongest point to cause miscarriage)"),
             ("BL60", "A. Forbidden (unless to induce or remove pain in labour): ... UB 60"),
             ("BL67", "A. Forbidden (unless to induce or remove pain in labour): ... UB 67")):
    r(c, "MINDBODY", "forbidden", w, "needling; except to induce labour or relieve labour pain", MB)
r("GB21", "MINDBODY", "caution", "B. Careful: GB 21", "needling", MB)
r("", "MINDBODY", "caution", "C. Lower abdomen and back (including sacral area)", "needling; lower abdomen and back incl. sacral area",
  MB + " Item C carries no strength word; placed after 'Forbidden' and 'Careful', so recorded as caution.")
ZW = "https://www.myfertilityguide.biz/morning-sickness/forbidden-points-of-pregnancy.html ; list 'Points to avoid at all times during pregnancy include the following (Fig. 2.2)'. Page reproduces a practitioner's book chapter; author not named in stored excerpt."
r("LI4", "FERTGUIDE", "forbidden", "these points are used for induction with strong stimulation and should be avoided throughout pregnancy", "needling", ZW)
r("SP6", "FERTGUIDE", "forbidden", "these points are used for induction with strong stimulation and should be avoided throughout pregnancy", "needling", ZW)
r("GB21", "FERTGUIDE", "forbidden", "this has a strong downward movement and must not be used before the second stage of labour.", "needling", ZW)
r("BL31", "FERTGUIDE", "forbidden", "BL-31 and 32: these are in the first and second sacral foramina, very good for induction", "needling", ZW + " Listed among points to avoid at all times.")
r("BL32", "FERTGUIDE", "forbidden", "BL-31 and 32: these are in the first and second sacral foramina, very good for induction", "needling", ZW + " Listed among points to avoid at all times.")
r("BL67", "FERTGUIDE", "forbidden", "BL-67: I would not needle this po[...]", "needling", ZW + " Stored excerpt ends mid-sentence; any condition that follows is unknown.")
r("", "FERTGUIDE", "caution", "do not use any strong needle stimulation during pregnancy, unless you are doing an induction of labour", "needling; strong stimulation at any point", ZW)
WR = "http://www.webrebl.com/index.php/article/show/sid/807/id/548.html item 2 (English article on needling precautions)."
for c in ("LI4", "SP6", "BL60", "BL67"):
    r(c, "WEBREBL", "forbidden", "Acupuncture and moxibustion are not allowed on ... acupoints that can cause uterine contractions such as Hegu, Sanyinjiao, Kunlun, and Zhiyin", "needling", WR)
r("", "WEBREBL", "forbidden", "Acupuncture and moxibustion are not allowed on the abdomen, lumbosacral area", "needling; abdomen and lumbosacral area", WR + " Same item opens 'Acupuncture for pregnant women should not be too strong.'")

# --- Consumer / clinic pages (acupressure and general) ---
AK = "https://angelicakokkalis.com/?p=1797 ('These 5 forbidden points are: ...')."
for c in ("LI4", "SP6", "BL60", "GB21", "BL67"):
    r(c, "KOKKALIS", "forbidden", "during pregnancy, these points are contraindicated because: They can stimulate uterine contractions", "both", AK)
BI = "https://biologyinsights.com/what-are-the-5-forbidden-acupuncture-points"
for c in ("LI4", "SP6", "GB21", "BL60", "BL67"):
    r(c, "BIOINS_FORB", "forbidden", "The five most commonly cited acupuncture points traditionally designated as “forbidden” ... generally contraindicated in pregnancy.", "needling", BI)
BP = "https://biologyinsights.com/what-pressure-points-to-avoid-during-pregnancy ; stored excerpt names SP6, LI4, GB21, BL60 (fifth point cut off)."
for c in ("SP6", "LI4", "GB21", "BL60"):
    r(c, "BIOINS_PRESS", "forbidden", "Five points are universally recognized ... and must be avoided throughout the entire pregnancy.", "acupressure", BP + " Same publisher as BIOINS_FORB.")
H2 = "https://health2mama.com/courses/pregnancy-faqs/lessons/is-acupuncture-and-acupressure-safe-in-pregnancy/"
for c in ("SP6", "BL60", "GB21", "LI4"):
    r(c, "HEALTH2MAMA", "forbidden", "unless you are at the end of your pregnancy and keen to bring on the labour they should be avoided.", "acupressure; until end of pregnancy", H2)
r("", "HEALTH222", "forbidden", "Before 37 weeks, pressure points in your shins, shoulder, buttocks and between the thumb and index fingers should be avoided.",
  "acupressure; shins, shoulder, buttocks, thumb-index web; before 37 weeks", "https://222health.com/alternative-medicine/acupressure/26320.html ; no point codes given.")
INS = "http://www.thisisinsider.com/things-that-trigger-contractions-and-labor-2018-2?op=1 (2018-02-14), quoting touch therapist Michelle Ebbin."
r("SP6", "INSIDER", "forbidden", "Another area to avoid is located on the inner ankle area ... (called the Sp6 Acupressure point).", "acupressure", INS)
r("LI4", "INSIDER", "forbidden", "Deep pressure on this point may cause uterine contractions that are unsafe in early stages of pregnancy.", "acupressure; deep pressure; early pregnancy", INS + " Page writes 'Union Valley (L14)', i.e. LI4.")
r("GB21", "PEAKMASSAGER", "forbidden", "Noted: pregnant not allowed to massage GB 21, it is easy to cause miscarriage.", "acupressure", "https://www.peakmassager.com/gb-21-acupuncture-point/")
RC = "https://rosecityacupuncture.com/blog/points-incompatible-with-pregnancy/"
for c in ("LI4", "LR3", "GB21", "SP6"):
    r(c, "ROSECITY", "forbidden", "Avoid acupressure and acupuncture on these points if you are pregnant and want to stay that way.", "both", RC)
KI = "https://kihc.ca/forbidden-acupuncture-points"
for c in ("GB21", "LI4", "SP6"):
    r(c, "KIHC", "forbidden", "remember not to use these acupuncture points if you’re pregnant.", "needling", KI)
r("LI4", "DIC01", "forbidden", "CAUTION: DO NOT use LI-4 if you are pregnant", "acupressure", "http://dic-01.blogspot.com/2013/06/acupressure-points-of-hand-acupressure.html (2013 blog).")
r("", "BOLTON_NHS", "forbidden", "let your acupuncture practitioner know if you’re pregnant because certain acupuncture points can’t be used safely during pregnancy.",
  "needling; unnamed 'certain acupuncture points'", "https://www.boltonft.nhs.uk/services/maternity/information/complementary-therapies/acupuncture/ ; says it is based on NHS Choices advice; names no points.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cautions.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(H); w.writerows(R)
keys = [(x[0], x[1]) for x in R if x[0]]
dups = {k for k in keys if keys.count(k) > 1}
print(len(R), "rows;", len({x[1] for x in R}), "sources; duplicate code+source:", dups or "none")
