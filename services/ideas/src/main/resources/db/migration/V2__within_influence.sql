-- The majority view of the reviewers: can Norderstedt GO! act on this idea at all? (null: nobody said)
alter table idea add column within_influence boolean;
create index idea_within_influence on idea (within_influence) where within_influence is not null;
