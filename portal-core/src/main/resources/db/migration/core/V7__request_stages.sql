-- Stages of member requests: a step the management system reports, finer than the status (a claim "incomplète"
-- with the reason, "payée"), declared by the module that owns the request type (RequestStage).
alter table member_request add column stage varchar(40);
alter table member_request add column stage_reason varchar(1000);
