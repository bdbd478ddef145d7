-- Reference data of the programme, not demo data: the code of cooperation as adopted in 2021
-- (Grundsätze der Zusammenarbeit bei Norderstedt GO!) and the offices to contact.
insert into code_of_cooperation (version, title, preamble, principles, published_at, published_by) values (
    1,
    'Grundsätze der Zusammenarbeit bei Norderstedt GO!',
    'Die Grundsätze der Zusammenarbeit sollen ein kooperatives, stadtwohl-orientiertes Miteinander fördern.',
    '[
      {"heading": "Kooperative und konstruktive Teamarbeit", "principles": [
        "Wir begegnen uns auf Augenhöhe und mit Wertschätzung. Wir begrüßen unsere Unterschiedlichkeit und schätzen dies als Vorteil.",
        "Wir kommunizieren im Projekt offen, vertrauens- und respektvoll. Nach außen sprechen wir im Sinne der Projektgemeinschaft.",
        "Wir lernen gemeinsam und reflektieren regelmäßig uns selbst und unsere Zusammenarbeit."]},
      {"heading": "Förderung der Stadtgesellschaft", "principles": [
        "Wir tragen mit unseren Ideen und unserem Handeln zum Gemeinwohl der Stadt bei.",
        "Wir tolerieren keine Art der Diskriminierung und setzen uns für Gleichberechtigung, Inklusion und Teilhabe ein.",
        "Wir begleiten die Stadt in der digitalen Transformation auf der menschlichen und technologischen Ebene."]},
      {"heading": "Altruistischer und rechtlicher Rahmen", "principles": [
        "Wir ziehen keine persönlichen, politischen oder beruflichen Vorteile aus dem Projekt, sondern widmen unser Wissen und unseren Einsatz dem Wohl der Stadtgesellschaft.",
        "Wir halten uns an geltendes Recht, den Demokratie-Gedanken und an die allgemeinen Vorgaben der Stadt Norderstedt."]}
    ]'::jsonb,
    timestamptz '2021-09-23 18:00:00 Europe/Berlin',
    'programme-lead');

-- Office channels, never a person's own address (the real contacts are not reproduced here).
insert into programme_contact (id, role, organisation, public_email, public_phone, sort_order, updated_at) values
    ('7d0f3b7e-2c1a-4f4e-9d51-3a1c2b7e0001', 'Chief Digital Officer', 'Stadt Norderstedt',
     'smartcity@stadt-norderstedt.example', '+49 40 000000-0', 1, now()),
    ('7d0f3b7e-2c1a-4f4e-9d51-3a1c2b7e0002', 'Produktmanagement Smart City', 'Stadtwerke Norderstedt',
     'smartcity@stadtwerke-norderstedt.example', '+49 40 000000-1', 2, now());
