package id.sakip.budget.score;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.score.dto.KeyValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.List;

/** A stored component value of a score entry. */
@Embeddable
public class ComponentValue {

    @Column(name = "component_key", nullable = false)
    public String key;

    public BigDecimal value;

    static List<KeyValue> toData(List<ComponentValue> values) {
        return values.stream().map(v -> new KeyValue(v.key, Numbers.canonical(v.value))).toList();
    }

    static void replace(List<ComponentValue> target, List<KeyValue> source) {
        target.clear();
        for (KeyValue kv : source) {
            ComponentValue v = new ComponentValue();
            v.key = kv.key();
            v.value = kv.value();
            target.add(v);
        }
    }
}
