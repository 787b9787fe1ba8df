package org.songngu.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;

class ConsistencyReportTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            TermEntry.approved("retransfusion", "truyền máu ngược"),
            TermEntry.forbidden("retransfusion", "tái truyền máu"),
            TermEntry.approved("patient", "bệnh nhân"),
            TermEntry.approved("plasma", "huyết tương")));

    @Test
    void countsEachRenderingInTheRowsThatHaveTheTerm() {
        List<TermUsage> report = ConsistencyReport.of(GLOSSARY, QaFixtures.rows(
                "Retransfusion works.", "Truyền máu ngược hiệu quả.",
                "Retransfusion, again retransfusion.", "Tái truyền máu, lại truyền máu ngược.",
                "Retransfusion saves blood.", "Tái truyền máu tiết kiệm máu.",
                "The patient slept.", "Anh ấy ngủ.",
                "Nothing here.", "Tái truyền máu."));

        assertThat(report).extracting(TermUsage::line).containsExactly(
                "retransfusion → truyền máu ngược ×2, tái truyền máu ×2 (forbidden)",
                "patient → no rendering in 1 row");
        assertThat(report.get(0)).isEqualTo(new TermUsage("retransfusion", 3, List.of(
                new TermUsage.Rendering(GLOSSARY.entries().get(0), 2),
                new TermUsage.Rendering(GLOSSARY.entries().get(1), 2)), 0));
    }
}
