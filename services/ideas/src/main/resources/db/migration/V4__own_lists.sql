-- A person's own lists (GET /api/ideas/mine, /supports/mine, /comments/mine) and their export are
-- per person, newest first: one index range scan per page. Each replaces the index on the person
-- alone, which its leading column still serves (the erasure's updates by author or supporter).
create index idea_author_newest on idea (author_id, created_at desc, id desc);
drop index idea_author;

create index support_participant_newest on support (participant_id, created_at desc, idea_id desc);
drop index support_participant;

create index comment_author_newest on comment (author_id, created_at desc, id desc);
drop index comment_author;

-- A person's reports and the assessments they wrote as a reviewer: the export, and the erasure's
-- replacement of reporter and reviewer (the primary keys lead with the comment and the idea).
create index comment_report_reporter on comment_report (reporter);
create index assessment_reviewer on assessment (reviewer);
