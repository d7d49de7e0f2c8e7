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
import { FactCheckPanelClient as FactCheckPanelClient_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { GuardedPublishButton as GuardedPublishButton_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { ClaimStatusCell as ClaimStatusCell_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { YesNoCell as YesNoCell_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { ClaimVerdictField as ClaimVerdictField_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { ClaimFiguresField as ClaimFiguresField_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { DeskStateCell as DeskStateCell_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { ShownOnTheDesk as ShownOnTheDesk_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { DeskAssignmentField as DeskAssignmentField_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { DeskNotesField as DeskNotesField_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { VerdictClaimField as VerdictClaimField_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { DeskApprovalField as DeskApprovalField_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { SourcesImportClient as SourcesImportClient_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { CorpusConflicts as CorpusConflicts_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { DashboardSummary as DashboardSummary_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { ReviewQueueNavLinkClient as ReviewQueueNavLinkClient_6ea4d392b6f662b9b22f954f837cd5ea } from 'payload-plugin-factcheck/client'
import { ReviewQueueView as ReviewQueueView_e8fcf9855e8c56bae7e0cf2f67e18ca1 } from 'payload-plugin-factcheck/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
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
  "payload-plugin-factcheck/client#FactCheckPanelClient": FactCheckPanelClient_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/client#GuardedPublishButton": GuardedPublishButton_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/rsc#ClaimStatusCell": ClaimStatusCell_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "payload-plugin-factcheck/rsc#YesNoCell": YesNoCell_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "payload-plugin-factcheck/client#ClaimVerdictField": ClaimVerdictField_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/client#ClaimFiguresField": ClaimFiguresField_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/rsc#DeskStateCell": DeskStateCell_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "payload-plugin-factcheck/rsc#ShownOnTheDesk": ShownOnTheDesk_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "payload-plugin-factcheck/client#DeskAssignmentField": DeskAssignmentField_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/client#DeskNotesField": DeskNotesField_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/client#VerdictClaimField": VerdictClaimField_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/client#DeskApprovalField": DeskApprovalField_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/client#SourcesImportClient": SourcesImportClient_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/rsc#CorpusConflicts": CorpusConflicts_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "payload-plugin-factcheck/rsc#DashboardSummary": DashboardSummary_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "payload-plugin-factcheck/client#ReviewQueueNavLinkClient": ReviewQueueNavLinkClient_6ea4d392b6f662b9b22f954f837cd5ea,
  "payload-plugin-factcheck/rsc#ReviewQueueView": ReviewQueueView_e8fcf9855e8c56bae7e0cf2f67e18ca1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
