#!/usr/bin/env python3
"""Writes N synthetic HSDS 3.0 services (with organisation, location, schedules, categories) in one language.
The same ids in every language, so importing sl, en and uk files gives 3 languages per service.
   bench/load/generate-hsds.py N LANGUAGE FILE"""
import json, sys, uuid, random

n, language, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(42)
categories = ["documents-permits", "work-rights", "jobs-training", "language-learning", "housing", "health", "family-children",
              "education-schools", "money-taxes", "transport", "leisure-hobbies", "community-culture", "volunteering", "emergency-safety"]
words = {
    "sl": (["Pomoč pri", "Svetovanje za", "Tečaj", "Delavnica", "Informacije o", "Podpora pri"],
           ["iskanju stanovanja", "slovenščini", "zaposlitvi", "zdravju", "vpisu v šolo", "davkih", "prostem času", "dovoljenjih"],
           "Storitev za delavce iz tujine in njihove družine. Pridite v času uradnih ur ali pokličite."),
    "en": (["Help with", "Advice on", "Course in", "Workshop on", "Information about", "Support with"],
           ["finding a flat", "Slovenian", "finding work", "health", "school enrolment", "taxes", "free time", "permits"],
           "A service for workers from abroad and their families. Come during office hours or call."),
    "uk": (["Допомога з", "Консультація щодо", "Курс", "Майстерня", "Інформація про", "Підтримка з"],
           ["пошуком житла", "словенської мови", "пошуком роботи", "здоров'я", "вступом до школи", "податків", "дозвілля", "дозволів"],
           "Послуга для працівників з-за кордону та їхніх родин. Приходьте в години прийому або телефонуйте."),
}
prefixes, topics, description = words[language]
days = ["MO", "TU", "WE", "TH", "FR"]
orgs = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(100)]
out = []
for i in range(n):
    sid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"involvim-bench-service-{i}"))
    org = orgs[i % len(orgs)]
    loc = str(uuid.uuid5(uuid.NAMESPACE_URL, f"involvim-bench-location-{i % 300}"))
    t = i % len(topics)
    name = f"{prefixes[i % len(prefixes)]} {topics[t]} {i}"
    out.append({
        "id": sid,
        "organization_id": org,
        "name": name,
        "description": description + f" ({i})",
        "status": "active",
        "email": f"service{i}@bench.example",
        "languages": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{sid}-lang-{c}")), "name": c, "code": c} for c in ["sl", "en", "uk"][: 1 + i % 3]],
        "organization": {"id": org, "name": f"Organizacija {orgs.index(org)}" if language == "sl" else f"Organisation {orgs.index(org)}", "description": "Bench organisation."},
        "attributes": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{sid}-attr")), "taxonomy_term_id": str(uuid.uuid5(uuid.NAMESPACE_URL, categories[t % 14])),
                        "taxonomy_term": {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, categories[t % 14])), "code": categories[(i * 7 + t) % 14], "name": categories[(i * 7 + t) % 14], "description": "category"}}],
        "schedules": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{sid}-s")), "service_id": sid, "freq": "WEEKLY", "interval": 1, "byday": ",".join(days[: 2 + i % 4]), "opens_at": "08:00:00", "closes_at": "15:00:00"}],
        "service_at_locations": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{sid}-sal")), "service_id": sid, "location_id": loc,
                                  "location": {"id": loc, "location_type": "physical", "name": f"Lokacija {i % 300}", "latitude": 46.05 + (i % 300) / 10000, "longitude": 14.82,
                                               "addresses": [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{loc}-a")), "location_id": loc, "address_1": f"Cesta {i % 300}", "city": "Litija", "region": "", "state_province": "", "postal_code": "1270", "country": "SI", "address_type": "physical"}]}}],
    })
json.dump(out, open(path, "w", encoding="utf-8"), ensure_ascii=False)
print(f"{n} services ({language}) -> {path}")
