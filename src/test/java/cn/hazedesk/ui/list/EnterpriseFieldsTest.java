package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.listimport.ListVocabulary;
import cn.hazedesk.infra.data.ListReadingCsv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor writes the bulk-transport tick as the list writes it, in the parser's own words (是 / 否). */
class EnterpriseFieldsTest {
    private static final ListVocabulary WORDS = ListReadingCsv.vocabulary(null);

    @Test
    void theBulkTransportTickIsWrittenAsAYesOrNoWordThatTheParserReadsBack() {
        EnterpriseFields fields = new EnterpriseFields();
        fields.bulkTransport.set(true);
        String yes = fields.cells(WORDS).get(ListField.BULK_TRANSPORT);
        assertThat(yes).isEqualTo("是");
        assertThat(WORDS.values().yesNo(yes)).contains(true);
        fields.bulkTransport.set(false);
        String no = fields.cells(WORDS).get(ListField.BULK_TRANSPORT);
        assertThat(no).isEqualTo("否");
        assertThat(WORDS.values().yesNo(no)).contains(false);
    }
}
