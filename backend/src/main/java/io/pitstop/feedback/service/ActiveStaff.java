package io.pitstop.feedback.service;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Person;

/** Work after delivery (a follow-up problem, a complaint, its remedy) is given to someone who works here now. */
public final class ActiveStaff {

    private ActiveStaff() {
    }

    /** The person, when they are an active member of staff; else the field that named them is invalid. */
    public static Person require(Person person, String field) {
        if (person == null || !person.active() || !person.role().isStaff()) {
            throw new InvalidInputException(field, Detail.of("problem.not-active-staff"));
        }
        return person;
    }
}
