-- The dealership's configuration, which bookings are made against. One shop per installation.

create table shop (
    id         smallint primary key default 1 check (id = 1),
    name       varchar(80)  not null,
    time_zone  varchar(40)  not null,
    phone      varchar(20)  not null,
    address    varchar(200) not null,
    updated_at timestamptz  not null
);
insert into shop (id, name, time_zone, phone, address, updated_at)
values (1, 'Pitstop', 'Asia/Shanghai', '', '', now());

-- A weekday without a row is closed. One opening interval per weekday (ISO day numbers, 1 = Monday).
create table opening_hours (
    day_of_week smallint primary key check (day_of_week between 1 and 7),
    opens       time not null,
    closes      time not null,
    check (opens < closes)
);

create table closed_day (
    day    date primary key,
    reason varchar(120) not null
);

create table bay (
    id     uuid primary key,
    code   varchar(20) not null,
    name   varchar(60) not null,
    skills text        not null,
    active boolean     not null default true,
    constraint bay_code_unique unique (code)
);

create table service_type (
    code             varchar(40) primary key,
    name_zh          varchar(60) not null,
    name_en          varchar(60) not null,
    duration_minutes int         not null check (duration_minutes between 15 and 1440 and duration_minutes % 15 = 0),
    skill            varchar(30) not null,
    active           boolean     not null default true
);
