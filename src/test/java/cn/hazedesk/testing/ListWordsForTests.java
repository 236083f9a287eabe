package cn.hazedesk.testing;

import cn.hazedesk.domain.listimport.ListVocabulary;
import cn.hazedesk.infra.data.ListReadingCsv;

/** The bundled list vocabulary (data/list-vocabulary.csv): the words the list writes, for tests that build cells. */
public final class ListWordsForTests {
    public static final ListVocabulary WORDS = ListReadingCsv.vocabulary(null);

    private ListWordsForTests() {
    }
}
