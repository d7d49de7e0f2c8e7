import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FactCheckPanelClient as FactCheckPanelClient_0980f21df970aeeedefdc541e1f7d527 } from '../../../../src/factcheck/components/FactCheckPanel/index.client'
import { ClaimStatusCell as ClaimStatusCell_993ecaf38d4626811269e443f11a336c } from '../../../../src/factcheck/components/ClaimStatusBadge/index'
import { YesNoCell as YesNoCell_d845baf144287e56d59bc8f134167348 } from '../../../../src/factcheck/components/YesNoCell/index'
import { ClaimVerdictField as ClaimVerdictField_147d91b27ca6d7ea5ea82223d00a110e } from '../../../../src/factcheck/components/ClaimVerdict/index.client'
import { ClaimFiguresField as ClaimFiguresField_a04896fce9c956737fc884ed227175c0 } from '../../../../src/factcheck/components/ClaimFigures/index.client'
import { VerdictClaimField as VerdictClaimField_775cf1d6de5ea1f17587bc830cfeb883 } from '../../../../src/factcheck/components/ClaimContext/index.client'
import { SourcesImportClient as SourcesImportClient_b74c284869fbb17e38b882a0cd22c362 } from '../../../../src/factcheck/components/SourcesImport/index.client'
import { CorpusConflicts as CorpusConflicts_4413fcb891baf3a1eac5f2b445e1db7c } from '../../../../src/factcheck/components/CorpusConflicts/index'
import { DashboardSummary as DashboardSummary_bfc50f4d92714e34cb3d64f686bf2a92 } from '../../../../src/factcheck/components/DashboardSummary/index'
import { ReviewQueueNavLinkClient as ReviewQueueNavLinkClient_f7184b4b7f40ee838225b7b417b34088 } from '../../../../src/factcheck/components/ReviewQueueNavLink/index.client'
import { ReviewQueueView as ReviewQueueView_a449516a40587a6a9f0dcc9b34de3ba2 } from '../../../../src/factcheck/components/ReviewQueue/index'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { GuardedPublishButton as GuardedPublishButton_83bee96c56e09266ba1090e8c294da1c } from '../../../../src/factcheck/components/PublishGuard/index.client'
import { DeskStateCell as DeskStateCell_a302b73c00f549054050323721087943 } from '../../../../src/factcheck/components/DeskState/index'
import { DeskAssignmentField as DeskAssignmentField_eba7a1fbe0e1b62674fdf13757c668a2 } from '../../../../src/factcheck/components/DeskAssignment/index.client'
import { DeskNotesField as DeskNotesField_b0efb0ede12db773c2c62b803c3e0e7f } from '../../../../src/factcheck/components/DeskNotes/index.client'
import { DeskApprovalField as DeskApprovalField_c9e3541201e3af442b8205992c513ae8 } from '../../../../src/factcheck/components/DeskApproval/index.client'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/factcheck/components/PublishGuard/index.client#GuardedPublishButton": GuardedPublishButton_83bee96c56e09266ba1090e8c294da1c,
  "/src/factcheck/components/DeskState/index#DeskStateCell": DeskStateCell_a302b73c00f549054050323721087943,
  "/src/factcheck/components/DeskAssignment/index.client#DeskAssignmentField": DeskAssignmentField_eba7a1fbe0e1b62674fdf13757c668a2,
  "/src/factcheck/components/DeskNotes/index.client#DeskNotesField": DeskNotesField_b0efb0ede12db773c2c62b803c3e0e7f,
  "/src/factcheck/components/DeskApproval/index.client#DeskApprovalField": DeskApprovalField_c9e3541201e3af442b8205992c513ae8,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/factcheck/components/FactCheckPanel/index.client#FactCheckPanelClient": FactCheckPanelClient_0980f21df970aeeedefdc541e1f7d527,
  "/src/factcheck/components/ClaimStatusBadge/index#ClaimStatusCell": ClaimStatusCell_993ecaf38d4626811269e443f11a336c,
  "/src/factcheck/components/YesNoCell/index#YesNoCell": YesNoCell_d845baf144287e56d59bc8f134167348,
  "/src/factcheck/components/ClaimVerdict/index.client#ClaimVerdictField": ClaimVerdictField_147d91b27ca6d7ea5ea82223d00a110e,
  "/src/factcheck/components/ClaimFigures/index.client#ClaimFiguresField": ClaimFiguresField_a04896fce9c956737fc884ed227175c0,
  "/src/factcheck/components/ClaimContext/index.client#VerdictClaimField": VerdictClaimField_775cf1d6de5ea1f17587bc830cfeb883,
  "/src/factcheck/components/SourcesImport/index.client#SourcesImportClient": SourcesImportClient_b74c284869fbb17e38b882a0cd22c362,
  "/src/factcheck/components/CorpusConflicts/index#CorpusConflicts": CorpusConflicts_4413fcb891baf3a1eac5f2b445e1db7c,
  "/src/factcheck/components/DashboardSummary/index#DashboardSummary": DashboardSummary_bfc50f4d92714e34cb3d64f686bf2a92,
  "/src/factcheck/components/ReviewQueueNavLink/index.client#ReviewQueueNavLinkClient": ReviewQueueNavLinkClient_f7184b4b7f40ee838225b7b417b34088,
  "/src/factcheck/components/ReviewQueue/index#ReviewQueueView": ReviewQueueView_a449516a40587a6a9f0dcc9b34de3ba2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
