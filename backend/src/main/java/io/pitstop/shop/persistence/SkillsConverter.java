package io.pitstop.shop.persistence;

import io.pitstop.shop.Skill;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Skills as a comma-separated column: queried with {@code string_to_array(skills, ',')}. */
@Converter
public class SkillsConverter implements AttributeConverter<Set<Skill>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Skill> skills) {
        return skills == null ? "" : skills.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Skill> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(Skill.class);
        }
        return Arrays.stream(column.split(",")).map(Skill::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Skill.class)));
    }
}
