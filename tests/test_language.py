"""Language detection: English is analysed; other languages get a clear 422, judged by the text before the page's lang."""

from __future__ import annotations

import gzip
import json

import pytest

from quotelens.page.language import detect_language, page_language

from locations import EXTRACTION


# The pages of the extraction benchmark that are not in English (read by hand), with their language. One of them
# (57b4dafd18cf) is German but declares lang="en"; two declare no language at all.
NOT_ENGLISH = {
    "0ec95c7261d1": "ko", "9da36ae4714b": "ko", "85439e26c41c": "ja", "3c6d3381ef52": "ru",
    "11ea381ad92b": "pt", "23aaecd14171": "pt", "3252222e61fe": "pt", "20b2b64916b0": "it",
    "21486419bb10": "id", "7837c9d66c81": "id", "57b4dafd18cf": "de",
}


@pytest.mark.parametrize("text, hint, language", [
    ("Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company, "
     "and that it had no choice.", None, "en"),
    ("Hello there.", None, "en"),                           # too short to judge: English unless the page says not
    ("Hallo zusammen.", "de", "de"),                        # ... and here the page says not
    ("Die Regierung hat am Montag neue Sanktionen gegen das Unternehmen beschlossen, wie der Minister in der "
     "Hauptstadt sagte.", None, "de"),
    ("Le gouvernement a annoncé lundi de nouvelles sanctions contre la société, a déclaré le ministre dans la "
     "capitale.", None, "fr"),
    ("El gobierno anunció el lunes nuevas sanciones contra la empresa, según dijo el ministro en la capital del "
     "país.", None, "es"),
    ("Il governo ha annunciato lunedì nuove sanzioni contro la società, ha detto il ministro nella capitale del "
     "paese.", None, "it"),
    ("O governo anunciou na segunda-feira novas sanções contra a empresa, disse o ministro na capital do país "
     "que não.", None, "pt"),
    ("De regering heeft maandag nieuwe sancties tegen het bedrijf aangekondigd, zegt de minister in de hoofdstad "
     "van het land.", None, "nl"),
    ("Pemerintah mengumumkan sanksi baru terhadap perusahaan tersebut pada hari Senin, kata menteri yang ada di "
     "ibu kota.", None, "id"),
    ("Правительство в понедельник объявило о новых санкциях против компании, сообщил министр.", None, "und"),
    ("Правительство в понедельник объявило о новых санкциях против компании, сообщил министр.", "ru", "ru"),
    ("政府は月曜日、同社に対する新たな制裁を発表したと大臣が首都で述べた。", None, "und"),
    ("الحكومة أعلنت يوم الاثنين عن عقوبات جديدة ضد الشركة، كما قال الوزير في العاصمة.", "ar", "ar"),
    # English that declares another language: the text wins over the page's label.
    ("Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company, "
     "and that it had no choice.", "de", "en"),
    # English with a Russian name and a Chinese word in it is still English.
    ("President Vladimir Putin (Владимир Путин) said on Monday that the talks with the 中国 delegation were over "
     "and that there would be no deal.", None, "en"),
    # Numbers, names and a table carry no function words: not evidence either way.
    ("Berg 12 Miller 14 Jones 9 Smith 31 Brown 7 Wilson 18 Taylor 22 Davies 5 Evans 3 Thomas 11 Roberts 2", None, "en"),
    ("", None, "en"),
    # A table of names with a few words of Portuguese around it (a real page of the extraction set, shortened).
    ("sexta-feira, 22 de outubro de 2010 às 20:13 Nesta página você terá sempre a classificação atualizada da NASCAR "
     "até a última corrida! Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR! "
     "Classificação final em 2019 após 36 etapas: Pos. Piloto Pontos Vitórias Poles 1 Kyle Busch 5040 2 Martin Truex "
     "Jr. 5035 3 Kevin Harvick 5033 4 Denny Hamlin 5027 5 Joey Logano 2380 6 Ryan Blaney 2339 7 Kyle Larson 2339 "
     "8 Brad Keselowski 2318 9 Clint Bowyer 2290 10 Chase Elliott 2275 11 William Byron 2274 12 Alex Bowman 2257",
     None, "pt"),
])
def test_detect_language(text, hint, language):
    assert detect_language(text, hint=hint) == language


@pytest.mark.parametrize("html, language", [
    ('<html lang="en-US"><body></body></html>', "en"),
    ("<HTML LANG='pt-BR'>", "pt"),
    ('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ko" lang="ko">', "ko"),
    ('<html class="" lang="">', None),
    ("<html><body lang='de'>", None),
    ("<!doctype html><p>no html element</p>", None),
    (b'<html lang="ja">', "ja"),
])
def test_page_language_reads_the_html_element(html, language):
    assert page_language(html) == language


def ground_truth() -> dict:
    return json.loads((EXTRACTION / "ground-truth.json").read_text(encoding="utf-8"))


def test_real_pages_are_told_apart():
    """Every article of the extraction benchmark, with its page's declared language as the hint."""
    wrong = {}
    for name, record in ground_truth().items():
        html = gzip.decompress((EXTRACTION / "html" / f"{name}.html.gz").read_bytes())
        expected = NOT_ENGLISH.get(name[:12], "en")
        found = detect_language(record["articleBody"], hint=page_language(html))
        if (found == "en") != (expected == "en"):
            wrong[name[:12]] = (expected, found)
    assert not wrong


def test_api_refuses_a_page_in_another_language(client):
    html = gzip.decompress((EXTRACTION / "html" / f"{full_name('20b2b64916b0')}.html.gz").read_bytes())
    response = client.post("/api/analyze", json={"html": html.decode("utf-8", "replace")})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "unsupported_language"
    assert "'it'" in error["message"]


def test_api_refuses_text_in_another_script(client):
    response = client.post("/api/analyze", json={"text": "Правительство объявило о новых санкциях против компании. " * 5})
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "unsupported_language"


def test_api_says_english_articles_are_english(client):
    response = client.post("/api/analyze", json={"text": "The minister said on Monday that the talks were over."})
    assert response.status_code == 200
    assert response.get_json()["article"]["language"] == "en"


def full_name(prefix: str) -> str:
    return next(name for name in ground_truth() if name.startswith(prefix))
