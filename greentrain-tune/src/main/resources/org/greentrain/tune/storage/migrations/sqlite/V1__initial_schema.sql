-- Studies, trials and everything recorded about a trial. Times are epoch milliseconds.
CREATE TABLE studies (
    study_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    space TEXT NOT NULL,
    goals TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    next_number INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE study_attrs (
    study_id BIGINT NOT NULL REFERENCES studies (study_id),
    attr_key TEXT NOT NULL,
    attr_value TEXT NOT NULL,
    PRIMARY KEY (study_id, attr_key)
);

CREATE TABLE trials (
    study_id BIGINT NOT NULL REFERENCES studies (study_id),
    number INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('RUNNING', 'COMPLETE', 'PRUNED', 'FAIL')),
    started_at BIGINT NOT NULL,
    completed_at BIGINT,
    heartbeat_at BIGINT,
    energy_joules DOUBLE PRECISION,
    energy_lower_joules DOUBLE PRECISION,
    energy_upper_joules DOUBLE PRECISION,
    energy_provenance TEXT,
    duration_seconds DOUBLE PRECISION,
    co2e_grams DOUBLE PRECISION,
    PRIMARY KEY (study_id, number)
);

CREATE INDEX trials_by_state ON trials (study_id, state);

CREATE TABLE trial_params (
    study_id BIGINT NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('float', 'int', 'categorical')),
    value TEXT NOT NULL,
    PRIMARY KEY (study_id, number, name),
    FOREIGN KEY (study_id, number) REFERENCES trials (study_id, number)
);

CREATE TABLE trial_values (
    study_id BIGINT NOT NULL,
    number INTEGER NOT NULL,
    objective INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (study_id, number, objective),
    FOREIGN KEY (study_id, number) REFERENCES trials (study_id, number)
);

CREATE TABLE trial_intermediates (
    study_id BIGINT NOT NULL,
    number INTEGER NOT NULL,
    step BIGINT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    joules DOUBLE PRECISION,
    PRIMARY KEY (study_id, number, step),
    FOREIGN KEY (study_id, number) REFERENCES trials (study_id, number)
);

CREATE TABLE trial_attrs (
    study_id BIGINT NOT NULL,
    number INTEGER NOT NULL,
    attr_key TEXT NOT NULL,
    attr_value TEXT NOT NULL,
    PRIMARY KEY (study_id, number, attr_key),
    FOREIGN KEY (study_id, number) REFERENCES trials (study_id, number)
);
