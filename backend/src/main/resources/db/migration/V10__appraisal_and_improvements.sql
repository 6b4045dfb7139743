-- Staff appraisal (绩效考核) and improvement actions (整改): the manager's part of the continuous-improvement loop.

-- How much each component counts in a role's 100-point score; the manager changes them. A component without a
-- value in a month (nothing to count) is left out, and the others scale up.
create table appraisal_weight (
    role      varchar(20)  not null check (role in ('ADVISOR', 'TECHNICIAN', 'CUSTOMER_SERVICE')),
    component varchar(40)  not null,
    weight    numeric(5, 2) not null check (weight between 0 and 100),
    primary key (role, component)
);
insert into appraisal_weight (role, component, weight) values
    ('ADVISOR', 'SATISFACTION', 30), ('ADVISOR', 'SERVICE_COMPLETION', 20), ('ADVISOR', 'SETTLEMENT_FIRST_TIME_RIGHT', 10),
    ('ADVISOR', 'COMPLAINTS_RESOLVED_IN_TIME', 10), ('ADVISOR', 'SELF', 10), ('ADVISOR', 'SUPERVISOR', 20),
    ('TECHNICIAN', 'QC_FIRST_PASS', 35), ('TECHNICIAN', 'TECHNICIAN_EFFICIENCY', 25), ('TECHNICIAN', 'SELF', 10),
    ('TECHNICIAN', 'SUPERVISOR', 30),
    ('CUSTOMER_SERVICE', 'FOLLOW_UP_REACHED', 30), ('CUSTOMER_SERVICE', 'COMPLAINT_SATISFACTION', 30),
    ('CUSTOMER_SERVICE', 'SELF', 10), ('CUSTOMER_SERVICE', 'SUPERVISOR', 30);

-- What people enter: the staff member's self-assessment, the manager's rating.
create table appraisal_input (
    month              date         not null check (extract(day from month) = 1),
    staff_id           uuid         not null references account (id),
    self_score         numeric(5, 2) check (self_score between 0 and 100),
    self_comment       varchar(1000),
    self_at            timestamptz,
    supervisor_score   numeric(5, 2) check (supervisor_score between 0 and 100),
    supervisor_comment varchar(1000),
    supervisor_id      uuid references account (id),
    supervisor_at      timestamptz,
    primary key (month, staff_id)
);

-- A closed month: its results are frozen as they were computed at closing; later data never rewrites them.
create table appraisal_month (
    month     date        primary key check (extract(day from month) = 1),
    closed_at timestamptz not null,
    closed_by uuid        not null references account (id)
);
create table appraisal_result (
    month    date          not null references appraisal_month (month),
    staff_id uuid          not null references account (id),
    role     varchar(20)   not null,
    name     varchar(80)   not null,
    -- The components as they stood: [{component, weight, value, points}], JSON.
    components text        not null,
    score    numeric(5, 2),
    grade    varchar(10) check (grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    primary key (month, staff_id)
);
create function appraisal_result_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'appraisal_result is frozen when its month closes: rows are never changed or deleted';
end $$;
create trigger appraisal_result_frozen before update or delete on appraisal_result
    for each row execute function appraisal_result_is_frozen();

-- Improvement actions against an indicator or a recurring complaint cause, tracked to done.
create table improvement (
    id                 uuid primary key,
    indicator          varchar(40),
    cause              varchar(200),
    title              varchar(200)  not null,
    action             varchar(2000) not null,
    expected_effect    varchar(500)  not null,
    owner_id           uuid          not null references account (id),
    deadline           timestamptz   not null,
    status             varchar(10)   not null check (status in ('OPEN', 'DONE')),
    created_at         timestamptz   not null,
    created_by         uuid          not null references account (id),
    done_at            timestamptz,
    done_note          varchar(1000),
    overdue_alerted_at timestamptz,
    constraint improvement_about_something check (indicator is not null or cause is not null),
    constraint improvement_done_recorded check ((status = 'DONE') = (done_at is not null))
);
create index improvement_open_idx on improvement (deadline) where status = 'OPEN';
