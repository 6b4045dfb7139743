package io.pitstop.shop.persistence;

import io.pitstop.shop.Skill;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "bay")
public class Bay {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    /** The name in the English UI; null: the name is shown in every language. */
    @Column(name = "name_en")
    public String nameEn;

    @Convert(converter = SkillsConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    public Set<Skill> skills;

    @Column(nullable = false)
    public boolean active = true;
}
